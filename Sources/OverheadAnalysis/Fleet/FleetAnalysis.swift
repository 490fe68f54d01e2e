/// Many recordings, one per host, pooled: what `overhead-analyze fleet` reports. Percentages are
/// in percent units. Every renderer reads only this.
public struct FleetAnalysis: Sendable, Equatable {
    /// One per recording, in the order given.
    public var hosts: [FleetHost]
    /// Per agent count measured by any host, ascending.
    public var scales: [FleetScale]
    /// Per pooled scale: the pooled total overhead (`fleet_total_overhead`) and the prediction for
    /// a new host (`fleet_new_host`), judged together (Holm–Bonferroni) against the target.
    public var criteria: [CriterionResult]
    public var warnings: [FleetWarning]
    public var confidence: Double
    /// The total-overhead limit the verdicts use, percent.
    public var targetOverheadPercent: Double
    /// How τ² was estimated (`REML`).
    public var tauSquaredEstimator: String

    public init(
        hosts: [FleetHost], scales: [FleetScale], criteria: [CriterionResult], warnings: [FleetWarning],
        confidence: Double, targetOverheadPercent: Double, tauSquaredEstimator: String
    ) {
        self.hosts = hosts
        self.scales = scales
        self.criteria = criteria
        self.warnings = warnings
        self.confidence = confidence
        self.targetOverheadPercent = targetOverheadPercent
        self.tauSquaredEstimator = tauSquaredEstimator
    }
}
