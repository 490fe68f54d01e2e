/// The synthetic layer of known cost at one scale (`--synthetic-layer-ns`): what was injected,
/// what the paired windows measured, and what this host can resolve.
public struct SyntheticLayerResult: Sendable, Equatable {
    /// One call's cost in the thread's CPU time, measured by the recorder before the suite (ns).
    public var injectedNs: Double
    /// The injected cost in percent of a typical send: injectedNs over the windows' trimmed-mean
    /// paired send.
    public var injectedPercent: Double
    /// The layer's overhead as the paired windows estimate it, percent.
    public var measured: Estimate
    /// The measured estimate in ns (percent × the typical send).
    public var measuredNs: Double
    /// The typical paired send in the synthetic windows (mean over windows of their trimmed
    /// means), ms.
    public var referenceMs: Double
    /// The smallest layer, in percent, that an interval like this one tells from 0 at its
    /// confidence with 80% power (`ThresholdTest.minimumDetectableEffect` against 0); nil
    /// without an interval.
    public var resolvablePercent: Double?

    public init(
        injectedNs: Double, injectedPercent: Double, measured: Estimate, measuredNs: Double, referenceMs: Double,
        resolvablePercent: Double?
    ) {
        self.injectedNs = injectedNs
        self.injectedPercent = injectedPercent
        self.measured = measured
        self.measuredNs = measuredNs
        self.referenceMs = referenceMs
        self.resolvablePercent = resolvablePercent
    }

    /// True when the measured interval contains the injected cost.
    public var intervalContainsInjected: Bool? {
        guard let lower = measured.lower, let upper = measured.upper else { return nil }
        return lower <= injectedPercent && injectedPercent <= upper
    }
}
