import Glibc

extension NativeBus {
    /// Delivers one message from `from` to `to`'s inbox: staged in the sender's outbox, then
    /// renamed into the inbox, so a reader never sees a partial file. The pair's sequence number
    /// is taken and advanced under an exclusive `flock` held until the rename, so each pair's
    /// messages arrive in sequence order. A full inbox first loses its oldest message (counted).
    /// Returns the message's sequence number.
    @discardableResult
    public func send(from: String, to: String, type: String, payload: String) throws(NativeBusError) -> UInt64 {
        phases?.begin(.prepare)
        defer { phases?.end() }
        try AgentID.validate(from)
        try AgentID.validate(to)
        return try withChannel { channel throws(NativeBusError) in
            var inbox = channel.pathA
            var staged = channel.pathB
            var body = channel.body
            defer {
                channel.pathA = inbox
                channel.pathB = staged
                channel.body = body
            }
            return try deliver(
                channel, from: from, to: to, type: type, payload: payload,
                inbox: &inbox, staged: &staged, body: &body)
        }
    }

    // Syscalls on the normal path: stat, flock, pread, open, write, close, rename, pwrite, flock.
    @inline(__always)
    private func deliver(
        _ channel: Channel, from: String, to: String, type: String, payload: String,
        inbox: inout ByteBuffer, staged: inout ByteBuffer, body: inout ByteBuffer
    ) throws(NativeBusError) -> UInt64 {
        layout.inbox(to, into: &inbox)
        var st = stat()
        phases?.begin(.stat)
        if stat(inbox.cString, &st) != 0 {
            throw recipientFailure(to, operation: "stat", path: inbox, code: errno)
        }
        phases?.begin(.scan)
        if try inboxCounting.count(st, path: inbox.cString) >= configuration.inboxCapacity {
            phases?.begin(.unlink)
            try evictOldest(inbox: &inbox, names: &body)
        }

        phases?.begin(.open)
        let sequenceFD = try sequenceFile(channel, from: from, to: to, path: &staged)
        phases?.begin(.flock)
        var code = Sys.lock(sequenceFD, LOCK_EX)
        if code != 0 { throw Sys.failure("flock", staged, code) }
        defer { _ = Sys.lock(sequenceFD, LOCK_UN) }
        phases?.begin(.read)
        let sequence = try readSequence(sequenceFD, path: staged) + 1
        phases?.begin(.prepare)
        let order = Clock.monotonicNanoseconds()
        let now = Clock.realtime()

        staged.reset()
        staged.append(layout.root)
        staged.append("/messages/")
        staged.append(from)
        staged.append("/outbox/.")
        staged.append(to)
        staged.append(UInt8(ascii: "-"))
        staged.appendDecimal(sequence)
        staged.append(".tmp")
        staged.terminate()

        body.reset()
        body.append("{\"version\":\"1.0\",\"msg_id\":\"")
        body.append(from)
        body.append(UInt8(ascii: "-"))
        body.append(to)
        body.append(UInt8(ascii: "-"))
        body.appendDecimal(sequence)
        body.append("\",\"from\":\"")
        body.append(from)
        body.append("\",\"to\":\"")
        body.append(to)
        body.append("\",\"timestamp\":\"")
        body.appendISO8601(seconds: now.tv_sec, nanoseconds: now.tv_nsec)
        body.append("\",\"sequence\":")
        body.appendDecimal(sequence)
        body.append(",\"type\":")
        body.appendJSONString(type)
        body.append(",\"payload\":")
        body.appendJSONValue(payload, empty: "null")
        body.append(configuration.requiresAck ? ",\"requires_ack\":true}\n" : ",\"requires_ack\":false}\n")

        phases?.begin(.open)
        var fd = Sys.open(staged.cString, O_WRONLY | O_CREAT | O_EXCL)
        if fd == -EEXIST {
            // Left by a process that died mid-send; this pair's lock is ours, so it is stale.
            unlink(staged.cString)
            fd = Sys.open(staged.cString, O_WRONLY | O_CREAT | O_EXCL)
        }
        if fd == -ENOENT { throw .senderNotInitialised(agent: from, path: staged.string) }
        if fd < 0 { throw Sys.failure("open", staged, -fd) }
        phases?.begin(.write)
        code = Sys.writeAll(fd, body.bytes)
        if code != 0 {
            Sys.close(fd)
            unlink(staged.cString)
            throw Sys.failure("write", staged, code)
        }
        phases?.begin(.close)
        Sys.close(fd)
        phases?.begin(.prepare)

        inbox.append(UInt8(ascii: "/"))
        inbox.appendDecimal(order, width: 20)
        inbox.append(UInt8(ascii: "-"))
        inbox.appendDecimal(sequence, width: 12)
        inbox.append(UInt8(ascii: "-"))
        inbox.append(from)
        inbox.append(".json")
        inbox.terminate()
        phases?.begin(.rename)
        if rename(staged.cString, inbox.cString) != 0 {
            code = errno
            unlink(staged.cString)
            layout.inbox(to, into: &inbox)
            throw recipientFailure(to, operation: "rename", path: inbox, code: code)
        }
        phases?.begin(.write)
        try writeSequence(sequenceFD, sequence, from: from, to: to, path: &staged)
        sentCount.wrappingAdd(1, ordering: .relaxed)
        phases?.begin(.flock)  // the unlock, deferred above
        return sequence
    }

    /// The error for a recipient whose inbox is missing: shutting down, or never initialised.
    func recipientFailure(_ agent: String, operation: String, path: ByteBuffer, code: Int32) -> NativeBusError {
        guard code == ENOENT else { return Sys.failure(operation, path, code) }
        var marker = ByteBuffer(capacity: 256)
        defer { marker.deallocate() }
        layout.agentPath(agent, "shutting-down", into: &marker)
        if access(marker.cString, F_OK) == 0 { return .recipientShuttingDown(agent: agent) }
        return .agentNotInitialised(agent: agent, path: path.string)
    }

    /// The channel's open descriptor of the pair's sequence file, opened (and created) on first use.
    /// Sequence files are never removed while the bus exists, so a cached descriptor stays valid.
    @inline(__always)
    private func sequenceFile(_ channel: Channel, from: String, to: String, path: inout ByteBuffer)
        throws(NativeBusError) -> Int32
    {
        layout.sequence(from: from, to: to, into: &path)
        let key = String(
            decoding: UnsafeRawBufferPointer(
                start: path.base + layout.root.count + 11,
                count: path.count - layout.root.count - 11), as: UTF8.self)
        if let fd = channel.sequenceFiles[key] { return fd }
        let fd = Sys.open(path.cString, O_RDWR | O_CREAT)
        if fd < 0 { throw Sys.failure("open", path, -fd) }
        if channel.sequenceFiles.count >= Channel.maxSequenceFiles {
            for old in channel.sequenceFiles.values { Sys.close(old) }
            channel.sequenceFiles.removeAll(keepingCapacity: true)
        }
        channel.sequenceFiles[key] = fd
        return fd
    }

    /// The last sequence number used by the pair: up to 20 decimal digits, empty meaning 0.
    @inline(__always)
    private func readSequence(_ fd: Int32, path: ByteBuffer) throws(NativeBusError) -> UInt64 {
        var raw: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let n = withUnsafeMutableBytes(of: &raw) { pread(fd, $0.baseAddress, 24, 0) }
        if n < 0 { throw Sys.failure("pread", path, errno) }
        return withUnsafeBytes(of: &raw) { bytes in
            var value: UInt64 = 0
            for i in 0..<n {
                let digit = bytes[i] &- 48
                if digit > 9 { break }
                value = value &* 10 &+ UInt64(digit)
            }
            return value
        }
    }

    @inline(__always)
    private func writeSequence(_ fd: Int32, _ sequence: UInt64, from: String, to: String, path: inout ByteBuffer)
        throws(NativeBusError)
    {
        var raw: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let written = withUnsafeMutableBytes(of: &raw) { bytes -> Int in
            var v = sequence
            for i in stride(from: 19, through: 0, by: -1) {
                bytes[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
            }
            return pwrite(fd, bytes.baseAddress, 20, 0)
        }
        if written != 20 {
            let code = written < 0 ? errno : EIO
            layout.sequence(from: from, to: to, into: &path)
            throw Sys.failure("pwrite", path, code)
        }
    }

    /// Makes room in a full inbox by removing its oldest messages, under a lock on the inbox
    /// directory so concurrent senders evict one message each, not the same one twice.
    private func evictOldest(inbox: inout ByteBuffer, names: inout ByteBuffer) throws(NativeBusError) {
        let (opened, openCode) = Directory.open(inbox)
        guard let stream = opened else { throw Sys.failure("opendir", inbox, openCode) }
        defer { closedir(stream) }
        let dirFD = dirfd(stream)
        let code = Sys.lock(dirFD, LOCK_EX)
        if code != 0 { throw Sys.failure("flock", inbox, code) }
        let offsets = Directory.sortedNames(stream, into: &names)
        var index = 0
        while offsets.count - index >= configuration.inboxCapacity {
            let name = UnsafeRawPointer(names.base + offsets[index]).assumingMemoryBound(to: CChar.self)
            if unlinkat(dirFD, name, 0) == 0 {
                evictedCount.wrappingAdd(1, ordering: .relaxed)
            } else if errno != ENOENT {
                throw Sys.failure("unlink", inbox, errno)
            }
            index += 1
        }
    }
}
