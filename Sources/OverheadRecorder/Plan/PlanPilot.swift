import OverheadFormat

/// A short measure of the target before the suite, untimed in the records: sends and receives
/// at one agent for about `pilotNanoseconds`, so the plan's duration can be estimated (and the
/// ETA has a first value) and, without a given iteration count, windows can be sized by time.
enum PlanPilot {
    /// At least this many send-and-receive rounds…
    static let minimumRounds = 10
    /// …and until this much time has passed (or `maximumRounds`).
    static let pilotNanoseconds: UInt64 = 30_000_000
    static let maximumRounds = 100_000
    /// The most iterations a window is sized to.
    static let maximumIterations = 1_000_000

    /// Mean seconds per operation (send or receive), or nil when the target refused the pilot.
    static func secondsPerOperation(_ target: BusTarget) -> Double? {
        let agent = "agent-1"
        do {
            try target.initAgent(agent)
            defer { try? target.cleanupAgent(agent) }
            let start = monotonicNanoseconds()
            var rounds = 0
            while rounds < minimumRounds
                || (rounds < maximumRounds && monotonicNanoseconds() - start < pilotNanoseconds)
            {
                try target.send(from: agent, to: agent, type: Workload.messageType, payload: Workload.payload)
                _ = try target.receive(agent)
                rounds += 1
            }
            return Double(monotonicNanoseconds() - start) / 1e9 / Double(2 * rounds)
        } catch {
            return nil
        }
    }

    /// Iterations for a baseline window (a send and a receive each) of at least `windowMs` at
    /// `secondsPerOperation`; never fewer than the default count, never more than `maximumIterations`.
    static func iterations(windowMs: Double, secondsPerOperation: Double) -> Int {
        guard secondsPerOperation > 0, secondsPerOperation.isFinite else { return RecorderDefaults.iterations }
        let needed = (windowMs / 1000 / (2 * secondsPerOperation)).rounded(.up)
        return Int(min(Double(maximumIterations), max(Double(RecorderDefaults.iterations), needed)))
    }
}
