/// The random-effects pooling of one scale (`OverheadStats.RandomEffects` on the log ratio
/// θ = log(1 + overhead/100) each host's interval is computed on), mapped back to percent.
public struct FleetPooled: Sendable, Equatable {
    /// Hosts pooled (k).
    public var hosts: Int
    /// The pooled total overhead with its HKSJ interval (k − 1 df).
    public var estimate: Estimate
    /// Where a new host's true overhead is expected to lie (t with k − 2 df); nil with k < 3.
    public var prediction: Estimate?
    /// Between-host standard deviation τ, in percentage points at the pooled estimate
    /// (100·e^μ̂·τ_θ, the delta method).
    public var tauPoints: Double
    /// τ on the log-ratio scale.
    public var tauLog: Double
    /// I², percent: the share of the spread between the hosts' estimates that is real difference
    /// between hosts rather than measurement noise.
    public var iSquaredPercent: Double
    /// Cochran's Q (k − 1 df under homogeneity).
    public var cochranQ: Double

    public init(
        hosts: Int, estimate: Estimate, prediction: Estimate?, tauPoints: Double, tauLog: Double,
        iSquaredPercent: Double, cochranQ: Double
    ) {
        self.hosts = hosts
        self.estimate = estimate
        self.prediction = prediction
        self.tauPoints = tauPoints
        self.tauLog = tauLog
        self.iSquaredPercent = iSquaredPercent
        self.cochranQ = cochranQ
    }
}
