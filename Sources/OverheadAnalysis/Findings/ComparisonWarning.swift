/// A caveat about a comparison of two recordings, as data: the reports word it
/// (`WarningText` in OverheadReports).
public enum ComparisonWarning: Sendable, Equatable {
    /// Only one recording has a manifest: host and configuration cannot be compared.
    case oneManifestMissing
    /// Host facts that differ between the recordings.
    case differentHosts([ManifestChange])
    /// Recording settings that differ between the recordings.
    case differentConfigurations([ManifestChange])
    /// Series only one side measured, not compared (`SeriesKey` descriptions).
    case onlyIn(ComparisonSide, series: [String])
    /// One side has only summary records: no interval, no verdict.
    case summariesOnly(ComparisonSide)
    /// One side's block means drift from run to run (pooled lag-1 autocorrelation at or above
    /// `threshold`, over `series` series); the intervals are widened for it.
    case drift(ComparisonSide, autocorrelation: Double, series: Int, threshold: Double)
    /// The recordings have no (test, operation, agent count) in common.
    case nothingInCommon
    /// An `AnalysisLimits` limit left part of one recording out of the comparison.
    case limited(ComparisonSide, LimitedPart, kept: Int, total: Int)
}

/// Which recording of a comparison.
public enum ComparisonSide: String, Sendable, Equatable {
    case old = "OLD"
    case new = "NEW"
}

/// One manifest fact that differs: its name and both values as text.
public struct ManifestChange: Sendable, Equatable {
    public var name: String
    public var old: String
    public var new: String

    public init(name: String, old: String, new: String) {
        self.name = name
        self.old = old
        self.new = new
    }
}
