/// Counts over the recordings of one scenario and one estimator method.
public struct CalibrationOutcome: Sendable, CustomStringConvertible {
    public var runs = 0
    public var covered = 0
    public var pass = 0
    public var fail = 0
    public var inconclusive = 0
    /// Recordings for which no interval could be computed (counted as inconclusive too).
    public var missing = 0
    public var estimateSum = 0.0
    public var widthSum = 0.0

    public init() {}

    public var coverage: Double { Double(covered) / Double(max(runs, 1)) }
    public var passRate: Double { Double(pass) / Double(max(runs, 1)) }
    public var failRate: Double { Double(fail) / Double(max(runs, 1)) }
    public var inconclusiveRate: Double { Double(inconclusive) / Double(max(runs, 1)) }
    public var meanEstimate: Double { estimateSum / Double(max(runs, 1)) }
    public var meanWidth: Double { widthSum / Double(max(runs, 1)) }

    public var description: String {
        "coverage \(coverage) pass \(passRate) fail \(failRate) inconclusive \(inconclusiveRate) "
            + "mean estimate \(meanEstimate) mean width \(meanWidth) (n=\(runs), missing \(missing))"
    }
}
