/// How much of one recording an analysis covers.
///
/// A real suite has a handful of scales and about twenty series, but a hostile or corrupt file can
/// name 100,000 agent counts, test names or failing series, and every report (and the work behind
/// it) grows with each: such a file took 68 s and 254 MB of reports. Beyond these limits the rest
/// is left out of the analysis, so out of every report (JSON included), with an
/// `AnalysisWarning.limited` saying what and how much.
public enum AnalysisLimits {
    /// Agent counts analysed: the smallest this many (a suite's scale levels are a handful).
    public static let maxScales = 50
    /// Series whose test or operation is not one of the suite's (`TestName.operations`), over the
    /// scales kept; the suite's own series are always kept.
    public static let maxOtherSeries = 200
    /// Rows of the failures table (failing (test, operation, agent count) series); the failure
    /// count in the warnings still covers all.
    public static let maxFailureSeries = 200
    /// `decision` records that each become a "stopped undecided" warning (one per scale in a real run).
    public static let maxUndecidedWarnings = maxScales
}

/// What an `AnalysisLimits` limit left out.
public enum LimitedPart: String, Sendable, Equatable {
    case agentCounts = "agent counts"
    case otherSeries = "series outside the suite"
    case failureSeries = "failing series"
    case undecidedDecisions = "undecided decision records"
}
