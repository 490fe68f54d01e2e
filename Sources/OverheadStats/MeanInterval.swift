/// An estimate with its two-sided confidence interval from a t distribution:
///
///     estimate ± t_{(1+c)/2, df} · standardError
///
/// `of(_:confidence:)` is the one-sample t-interval of a mean (SE = s/√n, df = n − 1), valid
/// when the values are independent and their mean is roughly normal (by the central limit
/// theorem, or because the values themselves are). `welchDifference` is in
/// `MeanInterval+Welch.swift`. The fields are kept (not just the bounds) so a threshold test
/// can be run on the interval at any level later.
public struct MeanInterval: Sendable, Equatable {
    /// The point estimate (a mean or a difference of means).
    public var estimate: Double
    public var lower: Double
    public var upper: Double
    /// Standard error of the estimate.
    public var standardError: Double
    /// Degrees of freedom of the t distribution (may be fractional for Welch).
    public var df: Double
    /// Number of independent observations behind the estimate (blocks; per arm for a difference).
    public var n: Int
    /// Confidence level of `lower`…`upper`, e.g. 0.95.
    public var confidence: Double
    /// Set when the interval was computed on a log scale (`MeanInterval+LogScale.swift`); tests
    /// against a limit are then made on that scale. Nil for a plain t-interval.
    public var logScale: LogScale?

    /// Builds the interval estimate ± t·SE at `confidence`.
    public init(estimate: Double, standardError: Double, df: Double, n: Int, confidence: Double) {
        self.estimate = estimate
        self.standardError = standardError
        self.df = df
        self.n = n
        self.confidence = confidence
        let half = MeanInterval.criticalValue(confidence: confidence, df: df) * standardError
        // With SE = 0 the interval collapses to the estimate (avoids ∞·0 = NaN at df = 0).
        self.lower = standardError == 0 ? estimate : estimate - half
        self.upper = standardError == 0 ? estimate : estimate + half
    }

    /// Memberwise, for values read back from a report.
    public init(
        estimate: Double, lower: Double, upper: Double, standardError: Double, df: Double, n: Int, confidence: Double
    ) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.standardError = standardError
        self.df = df
        self.n = n
        self.confidence = confidence
    }

    /// Half the interval's width, t·SE.
    public var halfWidth: Double { (upper - lower) / 2 }

    /// True when `value` lies inside the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// The same estimate at another confidence level.
    public func at(confidence: Double) -> MeanInterval {
        if let logScale { return MeanInterval(logScale: logScale, df: df, n: n, confidence: confidence) }
        return MeanInterval(estimate: estimate, standardError: standardError, df: df, n: n, confidence: confidence)
    }

    /// t_{(1+c)/2, df}: the two-sided critical value.
    public static func criticalValue(confidence: Double, df: Double) -> Double {
        StudentT.quantile((1 + confidence) / 2, df: df)
    }

    /// One-sample t-interval for the mean of `xs`: x̄ ± t_{(1+c)/2, n−1}·s/√n. Nil when n < 2 or
    /// a value is not finite.
    public static func of(_ xs: [Double], confidence: Double) -> MeanInterval? {
        guard xs.count >= 2, xs.allSatisfy(\.isFinite) else { return nil }
        let (mean, variance) = Descriptive.meanAndVariance(xs)
        let n = xs.count
        return MeanInterval(
            estimate: mean, standardError: (variance / Double(n)).squareRoot(),
            df: Double(n - 1), n: n, confidence: confidence)
    }
}
