/// The dynamic rate-limit monitor's state: the limit it last set per agent. A round reads each
/// inbox's fill and lowers the agent's limit as its inbox fills (full limit below half, half at
/// half, a quarter at 80 %), emitting a `rate_limit_adjusted` metric only when a limit changes.
public final class DynamicRateLimit: @unchecked Sendable {
    private var limits: [String: Int] = [:]

    public init() {}

    /// One round over `agents` on `bus`; returns how many limits changed.
    @discardableResult
    public func adjust(_ agents: [String], on bus: NativeBus) throws(NativeBusError) -> Int {
        let maximum = bus.configuration.rateLimitMaximum
        let capacity = Double(bus.configuration.inboxCapacity)
        var changed = 0
        for agent in agents {
            let count: Int
            do { count = try bus.inboxCount(agent) } catch { continue }
            let fill = Double(count) / capacity
            let limit = fill >= NativeBus.overflowWarningShare ? maximum / 4 : (fill >= 0.5 ? maximum / 2 : maximum)
            let previous = limits.updateValue(limit, forKey: agent)
            guard previous != nil, previous != limit else { continue }
            changed += 1
            try bus.emitMetric(
                name: "rate_limit_adjusted", value: Double(limit), unit: "messages",
                tags: #"{"agent":""# + agent + #""}"#)
        }
        return changed
    }

    /// Bytes its table holds (keys, values and the table's own storage, approximately).
    public var heldBytes: Int { limits.capacity * (MemoryLayout<String>.stride + MemoryLayout<Int>.stride) }
}
