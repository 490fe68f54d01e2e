import Glibc

extension NativeBus {
    /// Writes `health/<agent>/status.json` (`agent`, `status`, `timestamp`, `details`) atomically
    /// (temporary file, then rename) under an exclusive `flock` on `health/.lock`.
    public func reportHealth(agent: String, status: String, details: String = "") throws(NativeBusError) {
        try AgentID.validate(agent)
        let status = try HealthStatus(validating: status)
        try reportHealth(agent: agent, status: status, details: details)
    }

    public func reportHealth(agent: String, status: HealthStatus, details: String = "") throws(NativeBusError) {
        phases?.begin(.prepare)
        defer { phases?.end() }
        try AgentID.validate(agent)
        try withChannel { channel throws(NativeBusError) in
            var staged = channel.pathA
            var final = channel.pathB
            var body = channel.body
            defer {
                channel.pathA = staged
                channel.pathB = final
                channel.body = body
            }
            if channel.healthLockFD < 0 {
                staged.reset()
                staged.append(layout.root)
                staged.append("/health/.lock")
                staged.terminate()
                phases?.begin(.open)
                let fd = Sys.open(staged.cString, O_RDWR | O_CREAT)
                if fd < 0 { throw Sys.failure("open", staged, -fd) }
                channel.healthLockFD = fd
                phases?.begin(.prepare)
            }
            let lockFD = channel.healthLockFD
            let now = Clock.realtime()
            body.reset()
            body.append("{\"agent\":\"")
            body.append(agent)
            body.append("\",\"status\":\"")
            body.append(status.rawValue)
            body.append("\",\"timestamp\":\"")
            body.appendISO8601(seconds: now.tv_sec, nanoseconds: now.tv_nsec)
            body.append("\",\"details\":")
            body.appendJSONValue(details, empty: "{}")
            body.append("}\n")

            phases?.begin(.flock)
            var code = Sys.lock(lockFD, LOCK_EX)
            if code != 0 {
                layout.directory("health/.lock", into: &staged)
                throw Sys.failure("flock", staged, code)
            }
            defer { _ = Sys.lock(lockFD, LOCK_UN) }
            layout.healthFile(agent, ".status.json.tmp", into: &staged)
            phases?.begin(.open)
            var fd = Sys.open(staged.cString, O_WRONLY | O_CREAT | O_TRUNC)
            if fd == -ENOENT {
                layout.healthDirectory(agent, into: &final)
                code = Sys.mkdirIfMissing(final.cString)
                if code != 0 { throw Sys.failure("mkdir", final, code) }
                fd = Sys.open(staged.cString, O_WRONLY | O_CREAT | O_TRUNC)
            }
            if fd < 0 { throw Sys.failure("open", staged, -fd) }
            phases?.begin(.write)
            code = Sys.writeAll(fd, body.bytes)
            phases?.begin(.close)
            Sys.close(fd)
            if code != 0 {
                unlink(staged.cString)
                throw Sys.failure("write", staged, code)
            }
            layout.healthFile(agent, "status.json", into: &final)
            phases?.begin(.rename)
            if rename(staged.cString, final.cString) != 0 {
                code = errno
                unlink(staged.cString)
                throw Sys.failure("rename", final, code)
            }
            phases?.begin(.flock)  // the unlock, deferred above
        }
    }

    /// The agent's last reported status; `unhealthy` when that report is older than the health
    /// timeout (by the file's modification time), `unknown` when the agent never reported.
    public func checkHealth(_ agent: String) throws(NativeBusError) -> HealthStatus {
        phases?.begin(.prepare)
        defer { phases?.end() }
        try AgentID.validate(agent)
        return try withChannel { channel throws(NativeBusError) in
            var path = channel.pathA
            var content = channel.body
            defer {
                channel.pathA = path
                channel.body = content
            }
            layout.healthFile(agent, "status.json", into: &path)
            phases?.begin(.open)
            let fd = Sys.open(path.cString, O_RDONLY)
            if fd == -ENOENT { return .unknown }
            if fd < 0 { throw Sys.failure("open", path, -fd) }
            defer { Sys.close(fd) }
            var st = stat()
            phases?.begin(.stat)
            if fstat(fd, &st) != 0 { throw Sys.failure("fstat", path, errno) }
            let now = Clock.realtime()
            let age = Double(now.tv_sec - st.st_mtim.tv_sec) + Double(now.tv_nsec - st.st_mtim.tv_nsec) / 1e9
            if age > configuration.healthTimeoutSeconds { return .unhealthy }
            phases?.begin(.read)
            let code = Sys.readAll(fd, into: &content)
            if code != 0 { throw Sys.failure("read", path, code) }
            phases?.begin(.close)  // the deferred close
            guard let status = Self.statusField(content.bytes) else {
                throw .invalidHealthStatus("unreadable status in \(path.string)")
            }
            return status
        }
    }

    /// The value of the `"status":"…"` field of a status file.
    static func statusField(_ bytes: UnsafeRawBufferPointer) -> HealthStatus? {
        let key: StaticString = "\"status\":\""
        let keyBytes = UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        guard bytes.count > keyBytes.count else { return nil }
        for start in 0...(bytes.count - keyBytes.count) where bytes[start] == 0x22 {
            if memcmp(bytes.baseAddress! + start, keyBytes.baseAddress!, keyBytes.count) != 0 { continue }
            let valueStart = start + keyBytes.count
            var end = valueStart
            while end < bytes.count, bytes[end] != 0x22 { end += 1 }
            return HealthStatus(
                rawValue: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self))
        }
        return nil
    }
}
