import OverheadAnalysis

/// The synthetic layer's sentences, as every report says them.
enum SyntheticLayerText {
    /// `injected 174 ns (0.95% of a 0.018ms send), measured 0.92% [0.80, 1.04] (169 ns): inside the interval`.
    static func comparison(_ s: SyntheticLayerResult) -> String {
        let inside: String
        switch s.intervalContainsInjected {
        case true?: inside = ": the injected cost is inside the interval"
        case false?: inside = ": the injected cost is outside the interval"
        case nil: inside = ""
        }
        return "injected \(nanoseconds(s.injectedNs)) (\(NumberText.percent(s.injectedPercent)) of a "
            + "\(NumberText.ms(s.referenceMs)) send), measured \(NumberText.percent(s.measured.value)) "
            + "\(EstimateText.percentInterval(s.measured)) (\(nanoseconds(s.measuredNs)))" + inside
    }

    /// `on this host a 0.25% layer is distinguishable from 0 at 95%`, or nil without an interval.
    static func resolution(_ s: SyntheticLayerResult) -> String? {
        guard let r = s.resolvablePercent else { return nil }
        return "on this host a \(NumberText.percent(r)) layer is distinguishable from 0 at "
            + "\(EstimateText.confidenceLabel(s.measured)) (80% power)"
    }

    /// `174 ns`.
    static func nanoseconds(_ ns: Double) -> String { NumberText.fixed(ns, 0) + " ns" }
}
