/// One host's total overhead at one scale, as analysing its recording alone reports it, and its
/// part in the pooling.
public struct FleetHostEstimate: Sendable, Equatable {
    /// Index into `FleetAnalysis.hosts`.
    public var host: Int
    /// The host's total overhead with its interval (the analyzer's); nil when the host did not
    /// measure this scale.
    public var overhead: Estimate?
    /// The host's own `total_overhead` verdict at this scale (analysed alone).
    public var verdict: Verdict?
    /// Why the host is not in the pooling; nil when it is.
    public var exclusion: FleetExclusion?
    /// Its share of the random-effects weight, percent; nil when not pooled.
    public var weightPercent: Double?
    /// The prediction interval for a new host from the other hosts (leave-one-out) at confidence
    /// 1 − α/k (its `confidence` says which), against which the host is judged odd or not; nil with
    /// fewer than three other pooled hosts.
    public var othersPrediction: Estimate?
    /// Set when the host's interval lies wholly above or below `othersPrediction`.
    public var outlier: FleetOutlier?

    public init(
        host: Int, overhead: Estimate?, verdict: Verdict?, exclusion: FleetExclusion?, weightPercent: Double?,
        othersPrediction: Estimate?, outlier: FleetOutlier?
    ) {
        self.host = host
        self.overhead = overhead
        self.verdict = verdict
        self.exclusion = exclusion
        self.weightPercent = weightPercent
        self.othersPrediction = othersPrediction
        self.outlier = outlier
    }
}

/// Why a host's estimate at a scale is not pooled.
public enum FleetExclusion: String, Sendable, Equatable {
    /// The recording has no total overhead at this agent count.
    case notMeasured = "not measured"
    /// A value without an interval (one run, or summary records only): no weight can be given.
    case noInterval = "no interval"
    /// Every run gave the same overhead: a zero standard error would take all the weight.
    case noSpread = "no spread between runs"
}

/// On which side of the others' prediction interval a host's interval lies.
public enum FleetOutlier: String, Sendable, Equatable {
    case above
    case below
}
