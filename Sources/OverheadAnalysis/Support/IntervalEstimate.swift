/// A t-based estimate: centre, standard error and degrees of freedom, from which any
/// confidence interval and threshold test follow. Invariant: `standardError` ≥ 0 and finite
/// when present; `degreesOfFreedom` ≥ 1 when `standardError` is present.
struct IntervalEstimate: Sendable, Equatable {
    var mean: Double
    /// nil when there is only one unit (no spread to estimate).
    var standardError: Double?
    var degreesOfFreedom: Double
    /// Independent units (blocks, batches, points) behind the estimate.
    var n: Int

    /// The two-sided interval at `confidence`, as the result type every renderer reads.
    func estimate(confidence: Double) -> Estimate {
        guard let se = standardError, degreesOfFreedom >= 1 else {
            return Estimate(value: mean, lower: nil, upper: nil, confidence: confidence, n: n)
        }
        let t = StatsBridge.tQuantile(0.5 + confidence / 2, df: degreesOfFreedom)
        return Estimate(value: mean, lower: mean - t * se, upper: mean + t * se, confidence: confidence, n: n)
    }

    /// The estimate of a monotonically increasing transform (e.g. exp), interval mapped endpoint-wise.
    func transformed(confidence: Double, _ f: (Double) -> Double) -> Estimate {
        let e = estimate(confidence: confidence)
        return Estimate(value: f(e.value), lower: e.lower.map(f), upper: e.upper.map(f), confidence: confidence, n: n)
    }
}
