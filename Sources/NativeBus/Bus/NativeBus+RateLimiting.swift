import Glibc

extension NativeBus {
    /// How many messages `agent`'s inbox holds.
    public func inboxCount(_ agent: String) throws(NativeBusError) -> Int {
        phases?.begin(.prepare)
        defer { phases?.end() }
        try AgentID.validate(agent)
        return try withChannel { channel throws(NativeBusError) in
            var path = channel.pathA
            defer { channel.pathA = path }
            return try inboxCount(agent, path: &path)
        }
    }

    func inboxCount(_ agent: String, path: inout ByteBuffer) throws(NativeBusError) -> Int {
        layout.inbox(agent, into: &path)
        var st = stat()
        phases?.begin(.stat)
        if stat(path.cString, &st) != 0 { throw recipientFailure(agent, operation: "stat", path: path, code: errno) }
        phases?.begin(.scan)
        return try inboxCounting.count(st, path: path.cString)
    }

    /// True while `agent`'s inbox holds fewer messages than the rate-limit maximum.
    public func checkInboxCapacity(_ agent: String) throws(NativeBusError) -> Bool {
        try inboxCount(agent) < configuration.rateLimitMaximum
    }

    /// Sends once the recipient's inbox has room, checking up to `backpressureMaxTries` times with
    /// `backpressureWaitSeconds` between checks; then gives up with `backpressureExhausted`.
    @discardableResult
    public func sendWithBackpressure(from: String, to: String, type: String, payload: String) throws(NativeBusError)
        -> UInt64
    {
        try AgentID.validate(from)
        let maxTries = configuration.backpressureMaxTries
        var count = 0
        for attempt in 1...maxTries {
            count = try inboxCount(to)
            if count < configuration.rateLimitMaximum {
                return try send(from: from, to: to, type: type, payload: payload)
            }
            if attempt < maxTries { Clock.sleep(seconds: configuration.backpressureWaitSeconds) }
        }
        throw .backpressureExhausted(
            agent: to, inboxCount: count, capacity: configuration.rateLimitMaximum,
            tries: maxTries, waitedSeconds: Double(maxTries - 1) * configuration.backpressureWaitSeconds)
    }
}
