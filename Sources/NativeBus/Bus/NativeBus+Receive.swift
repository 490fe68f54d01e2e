import Glibc

extension NativeBus {
    /// Takes every message out of `agent`'s inbox in arrival order, handing each file's bytes to
    /// `body`, and returns how many were taken. A message is taken by whoever unlinks it, so
    /// concurrent receivers (or an evicting sender) never count the same message twice.
    @discardableResult
    public func receive(_ agent: String, _ body: (UnsafeRawBufferPointer) -> Void = { _ in }) throws(NativeBusError)
        -> Int
    {
        phases?.begin(.prepare)
        defer { phases?.end() }
        try AgentID.validate(agent)
        return try withChannel { channel throws(NativeBusError) in
            var path = channel.pathA
            var names = channel.pathB
            var content = channel.body
            defer {
                channel.pathA = path
                channel.pathB = names
                channel.body = content
            }
            layout.inbox(agent, into: &path)
            phases?.begin(.open)
            let (opened, code) = Directory.open(path)
            guard let stream = opened else {
                throw recipientFailure(agent, operation: "opendir", path: path, code: code)
            }
            defer { closedir(stream) }
            return try take(stream, as: .received, path: &path, names: &names, content: &content, deadline: nil, body)
        }
    }

    /// The messages in `agent`'s inbox as text, in arrival order, removing them.
    public func receiveMessages(_ agent: String) throws(NativeBusError) -> [String] {
        var messages: [String] = []
        try receive(agent) { messages.append(String(decoding: $0, as: UTF8.self)) }
        return messages
    }

    /// Reads and removes the messages of the directory `stream` in name order, stopping
    /// once `deadline` (monotonic ns) has passed. Each removal is counted at once under `tally`,
    /// so an error part-way loses no count. Returns how many this call removed.
    func take(
        _ stream: OpaquePointer, as tally: Tally, path: inout ByteBuffer, names: inout ByteBuffer,
        content: inout ByteBuffer,
        deadline: UInt64?, _ body: (UnsafeRawBufferPointer) -> Void
    ) throws(NativeBusError) -> Int {
        let dirFD = dirfd(stream)
        phases?.begin(.scan)
        let offsets = Directory.sortedNames(stream, into: &names)
        var taken = 0
        for offset in offsets {
            if let deadline, Clock.monotonicNanoseconds() > deadline { break }
            let name = UnsafeRawPointer(names.base + offset).assumingMemoryBound(to: CChar.self)
            phases?.begin(.open)
            let fd = Sys.openat(dirFD, name, O_RDONLY)
            if fd == -ENOENT { continue }
            if fd < 0 { throw Sys.failure("open", path, -fd) }
            defer { Sys.close(fd) }
            phases?.begin(.unlink)
            if unlinkat(dirFD, name, 0) != 0 {
                if errno == ENOENT { continue }
                throw Sys.failure("unlink", path, errno)
            }
            taken += 1
            switch tally {
            case .received: receivedCount.wrappingAdd(1, ordering: .relaxed)
            case .drained: drainedCount.wrappingAdd(1, ordering: .relaxed)
            }
            phases?.begin(.read)
            let code = Sys.readAll(fd, into: &content)
            if code != 0 { throw Sys.failure("read", path, code) }
            phases?.begin(.prepare)
            body(content.bytes)
            phases?.begin(.close)  // the deferred close, and the directory's after the last message
        }
        return taken
    }
}

/// Which counter a removal from an inbox goes to.
enum Tally {
    case received, drained
}
