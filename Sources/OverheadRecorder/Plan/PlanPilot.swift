import OverheadFormat

/// A short untimed-in-the-records measure of the target before the suite: a few sends and
/// receives at one agent, so the plan's duration can be estimated (and the ETA has a first value).
enum PlanPilot {
    static let rounds = 10

    /// Mean seconds per operation (send or receive), or nil when the target refused the pilot.
    static func secondsPerOperation(_ target: BusTarget) -> Double? {
        let agent = "agent-1"
        do {
            try target.initAgent(agent)
            defer { try? target.cleanupAgent(agent) }
            let start = monotonicNanoseconds()
            for _ in 0..<rounds {
                try target.send(from: agent, to: agent, type: Workload.messageType, payload: Workload.payload)
                _ = try target.receive(agent)
            }
            return Double(monotonicNanoseconds() - start) / 1e9 / Double(2 * rounds)
        } catch {
            return nil
        }
    }
}
