import OverheadFormat

extension FailureCount {
    /// Failed operations per (test, operation, agent count), with the last reason and stderr tail.
    static func tally(_ failures: [OperationFailure]) -> [FailureCount] {
        var out: [SeriesKey: FailureCount] = [:]
        for f in failures {
            let key = SeriesKey(testName: f.testName, operation: f.operation, agentCount: f.agentCount)
            var c =
                out[key]
                ?? FailureCount(
                    testName: f.testName, operation: f.operation, agentCount: f.agentCount, count: 0,
                    lastReason: "", lastStderrTail: "")
            c.count += 1
            c.lastReason = f.reason
            c.lastStderrTail = f.stderrTail
            out[key] = c
        }
        return out.keys.sorted().map { out[$0]! }
    }
}
