extension NativeBus {
    /// Inboxes at or above this share of the capacity are reported by `checkInboxOverflow`.
    public static let overflowWarningShare = 0.8

    /// One round of the inbox-overflow monitor: counts every agent's inbox and emits an
    /// `inbox_overflow_warning` metric for each one at or above `overflowWarningShare` of the
    /// capacity. Returns the agents it warned about. An agent without an inbox is skipped.
    @discardableResult
    public func checkInboxOverflow(_ agents: [String]) throws(NativeBusError) -> [String] {
        let threshold = Int((Double(configuration.inboxCapacity) * Self.overflowWarningShare).rounded(.up))
        var warned: [String] = []
        for agent in agents {
            let count: Int
            do { count = try inboxCount(agent) } catch { continue }
            guard count >= threshold else { continue }
            warned.append(agent)
            try emitMetric(
                name: "inbox_overflow_warning", value: Double(count), unit: "messages",
                tags: #"{"agent":""# + agent + #""}"#)
        }
        return warned
    }
}
