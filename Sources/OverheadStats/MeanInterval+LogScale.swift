/// An interval computed on a log scale and reported on the original one: the reported value is
/// v = factor·exp(θ) + offset (factor > 0), with the t-interval θ̂ ± t·SE_θ mapped through it.
///
/// Used for ratios, whose logarithm is closer to normal and, unlike the ratio itself, has no
/// Jensen bias when the two arms share multiplicative noise: E[log t̄ − log b̄] = log(μ_t/μ_b)
/// when t̄/μ_t and b̄/μ_b have the same distribution, while E[t̄/b̄] ≈ (μ_t/μ_b)(1 + CV²(b̄)).
/// The mapped bounds are exact; `MeanInterval.standardError` is the delta-method value
/// factor·exp(θ̂)·SE_θ, for display only — `ThresholdTest` tests on the θ scale, so its verdict
/// agrees exactly with the mapped interval.
public struct LogScale: Sendable, Equatable {
    public var factor: Double
    public var offset: Double
    /// θ̂, the mean of the logs.
    public var estimate: Double
    /// Standard error of θ̂.
    public var standardError: Double

    public init(factor: Double, offset: Double, estimate: Double, standardError: Double) {
        self.factor = factor
        self.offset = offset
        self.estimate = estimate
        self.standardError = standardError
    }

    /// v = factor·exp(θ) + offset.
    public func value(_ theta: Double) -> Double { factor * CMath.exp(theta) + offset }

    /// θ = log((v − offset)/factor); −∞ when v ≤ offset (a value the scale cannot reach).
    public func theta(_ value: Double) -> Double {
        let r = (value - offset) / factor
        return r > 0 ? CMath.log(r) : -.infinity
    }
}

extension MeanInterval {
    /// The interval v(θ̂ ± t_{(1+c)/2, df}·SE_θ), estimate v(θ̂), on the reporting scale.
    public init(logScale: LogScale, df: Double, n: Int, confidence: Double) {
        let half =
            logScale.standardError == 0
            ? 0
            : MeanInterval.criticalValue(confidence: confidence, df: df) * logScale.standardError
        self.init(
            estimate: logScale.value(logScale.estimate),
            lower: logScale.value(logScale.estimate - half),
            upper: logScale.value(logScale.estimate + half),
            standardError: logScale.factor * CMath.exp(logScale.estimate) * logScale.standardError,
            df: df, n: n, confidence: confidence)
        self.logScale = logScale
    }
}
