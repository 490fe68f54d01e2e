import Glibc

extension NativeBus {
    /// Creates `messages/<agent>/inbox` and `outbox` (mode 0700). Existing ones are kept.
    public func initAgent(_ agent: String) throws(NativeBusError) {
        try AgentID.validate(agent)
        var path = ByteBuffer(capacity: 256)
        defer { path.deallocate() }
        layout.agentDirectory(agent, into: &path)
        path.terminate()
        var code = Sys.mkdirIfMissing(path.cString)
        if code != 0 { throw Sys.failure("mkdir", path, code) }
        for leaf: StaticString in ["inbox", "outbox"] {
            layout.agentPath(agent, leaf, into: &path)
            code = Sys.mkdirIfMissing(path.cString)
            if code != 0 { throw Sys.failure("mkdir", path, code) }
        }
    }

    /// True between the start of `agent`'s shutdown and the removal of its resources.
    public func isShuttingDown(_ agent: String) throws(NativeBusError) -> Bool {
        try AgentID.validate(agent)
        var path = ByteBuffer(capacity: 256)
        defer { path.deallocate() }
        layout.agentPath(agent, "shutting-down", into: &path)
        return access(path.cString, F_OK) == 0
    }

    /// Coordinated shutdown: `beginShutdown`, then `completeShutdown`. Returns how many messages were drained.
    @discardableResult
    public func shutdown(_ agent: String, timeoutSeconds: Double) throws(NativeBusError) -> Int {
        try beginShutdown(agent)
        return try completeShutdown(agent, timeoutSeconds: timeoutSeconds)
    }

    /// Marks `agent` as shutting down and seals its inbox (renamed to `inbox.draining`), so from
    /// here on every send to it fails with `recipientShuttingDown`. A send whose rename won the
    /// race is inside the sealed inbox and will be drained: nothing is lost.
    public func beginShutdown(_ agent: String) throws(NativeBusError) {
        try AgentID.validate(agent)
        var marker = ByteBuffer(capacity: 256)
        var inbox = ByteBuffer(capacity: 256)
        var draining = ByteBuffer(capacity: 256)
        defer {
            marker.deallocate()
            inbox.deallocate()
            draining.deallocate()
        }
        layout.agentPath(agent, "shutting-down", into: &marker)
        let fd = Sys.open(marker.cString, O_WRONLY | O_CREAT)
        if fd == -ENOENT {
            layout.agentDirectory(agent, into: &inbox)
            inbox.terminate()
            throw .agentNotInitialised(agent: agent, path: inbox.string)
        }
        if fd < 0 { throw Sys.failure("open", marker, -fd) }
        Sys.close(fd)
        layout.inbox(agent, into: &inbox)
        layout.agentPath(agent, "inbox.draining", into: &draining)
        if rename(inbox.cString, draining.cString) != 0 {
            let code = errno
            // Already sealed by an earlier, interrupted shutdown: carry on draining.
            if code == ENOENT && access(draining.cString, F_OK) == 0 { return }
            if code == ENOENT { throw .agentNotInitialised(agent: agent, path: inbox.string) }
            throw Sys.failure("rename", inbox, code)
        }
    }

    /// Drains and processes (reads) every message in the sealed inbox, counting them as drained,
    /// then removes the agent's inbox, outbox, health report and marker. Throws
    /// `shutdownTimedOut` if messages remain after `timeoutSeconds`; calling again resumes.
    /// Sequence files stay, so a re-initialised agent's numbering carries on without repeats.
    @discardableResult
    public func completeShutdown(_ agent: String, timeoutSeconds: Double) throws(NativeBusError) -> Int {
        try AgentID.validate(agent)
        let deadline = Clock.monotonicNanoseconds() &+ UInt64(max(0, timeoutSeconds) * 1e9)
        var path = ByteBuffer(capacity: 256)
        var names = ByteBuffer(capacity: 4096)
        var content = ByteBuffer(capacity: 2048)
        defer {
            path.deallocate()
            names.deallocate()
            content.deallocate()
        }
        layout.agentPath(agent, "inbox.draining", into: &path)
        var drained = 0
        while true {
            let (opened, code) = Directory.open(path)
            if code == ENOENT { break }
            guard let stream = opened else { throw Sys.failure("opendir", path, code) }
            do {
                drained += try take(
                    stream, as: .drained, path: &path, names: &names, content: &content,
                    deadline: deadline, { _ in })
            } catch {
                closedir(stream)
                throw error
            }
            closedir(stream)
            if rmdir(path.cString) == 0 || errno == ENOENT { break }
            guard errno == ENOTEMPTY || errno == EEXIST else { throw Sys.failure("rmdir", path, errno) }
            if Clock.monotonicNanoseconds() > deadline {
                let left = (try? inboxCounting.count(Self.status(path), path: path.cString)) ?? -1
                throw .shutdownTimedOut(agent: agent, drained: drained, remaining: left, timeoutSeconds: timeoutSeconds)
            }
        }
        try removeResources(agent, path: &path, names: &names, content: &content)
        return drained
    }

    /// Removes whatever is left of `agent`: messages still in its inbox (counted as drained),
    /// its outbox, health report and marker. Missing parts are fine.
    public func cleanupAgent(_ agent: String) throws(NativeBusError) {
        try AgentID.validate(agent)
        var path = ByteBuffer(capacity: 256)
        var names = ByteBuffer(capacity: 4096)
        var content = ByteBuffer(capacity: 2048)
        defer {
            path.deallocate()
            names.deallocate()
            content.deallocate()
        }
        for leaf: StaticString in ["inbox", "inbox.draining"] {
            layout.agentPath(agent, leaf, into: &path)
            let (opened, code) = Directory.open(path)
            if code == ENOENT { continue }
            guard let stream = opened else { throw Sys.failure("opendir", path, code) }
            do {
                _ = try take(
                    stream, as: .drained, path: &path, names: &names, content: &content, deadline: nil, { _ in })
            } catch {
                closedir(stream)
                throw error
            }
            closedir(stream)
            try Directory.removeFlat(&path)
        }
        try removeResources(agent, path: &path, names: &names, content: &content)
    }

    private func removeResources(
        _ agent: String, path: inout ByteBuffer, names: inout ByteBuffer,
        content: inout ByteBuffer
    ) throws(NativeBusError) {
        layout.agentPath(agent, "outbox", into: &path)
        try Directory.removeFlat(&path)
        layout.healthDirectory(agent, into: &path)
        try Directory.removeFlat(&path)
        layout.agentPath(agent, "shutting-down", into: &path)
        if unlink(path.cString) != 0 && errno != ENOENT { throw Sys.failure("unlink", path, errno) }
        layout.agentDirectory(agent, into: &path)
        path.terminate()
        if rmdir(path.cString) != 0 && errno != ENOENT { throw Sys.failure("rmdir", path, errno) }
    }

    private static func status(_ path: ByteBuffer) -> stat {
        var st = stat()
        _ = stat(path.cString, &st)
        return st
    }
}
