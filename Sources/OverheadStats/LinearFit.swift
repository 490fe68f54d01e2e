/// Ordinary least squares fit y = intercept + slope·x (e.g. overhead against agent count, or
/// memory against time).
///
///     slope = Sxy / Sxx,  intercept = ȳ − slope·x̄
///     s² = Σ residual² / (n − 2),  SE(slope) = √(s² / Sxx),  SE(intercept) = √(s²·(1/n + x̄²/Sxx))
///
/// as `scipy.stats.linregress`. The slope interval uses t with n − 2 df; with n = 2 the line
/// passes through both points, the standard error is NaN and the interval is (−∞, +∞).
public struct LinearFit: Sendable, Equatable {
    public var slope: Double
    public var intercept: Double
    public var slopeStandardError: Double
    public var interceptStandardError: Double
    /// Residual degrees of freedom, n − 2.
    public var df: Double
    public var n: Int
    /// Coefficient of determination R² (1 when the residuals vanish; NaN when y is constant).
    public var rSquared: Double

    public init(
        slope: Double, intercept: Double, slopeStandardError: Double, interceptStandardError: Double,
        df: Double, n: Int, rSquared: Double
    ) {
        self.slope = slope
        self.intercept = intercept
        self.slopeStandardError = slopeStandardError
        self.interceptStandardError = interceptStandardError
        self.df = df
        self.n = n
        self.rSquared = rSquared
    }

    /// Fit of `y` on `x`; nil when the lengths differ, n < 2, a value is not finite, or all x are equal.
    public static func of(x: [Double], y: [Double]) -> LinearFit? {
        let n = x.count
        guard n >= 2, y.count == n, x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else { return nil }
        let nd = Double(n)
        let mx = x.reduce(0, +) / nd
        let my = y.reduce(0, +) / nd
        var sxx = 0.0
        var sxy = 0.0
        var syy = 0.0
        for i in 0..<n {
            let dx = x[i] - mx
            let dy = y[i] - my
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        let intercept = my - slope * mx
        var sse = 0.0
        for i in 0..<n {
            let r = y[i] - (intercept + slope * x[i])
            sse += r * r
        }
        let df = nd - 2
        let s2 = df > 0 ? sse / df : .nan
        let r2 = syy > 0 ? max(0, min(1, 1 - sse / syy)) : .nan
        return LinearFit(
            slope: slope, intercept: intercept, slopeStandardError: (s2 / sxx).squareRoot(),
            interceptStandardError: (s2 * (1 / nd + mx * mx / sxx)).squareRoot(),
            df: df, n: n, rSquared: r2)
    }

    /// slope ± t_{(1+c)/2, n−2}·SE(slope); (−∞, +∞) when n = 2.
    public func slopeInterval(confidence: Double) -> (Double, Double) {
        guard df > 0, slopeStandardError.isFinite else { return (-.infinity, .infinity) }
        if slopeStandardError == 0 { return (slope, slope) }
        let half = MeanInterval.criticalValue(confidence: confidence, df: df) * slopeStandardError
        return (slope - half, slope + half)
    }

    /// The slope as a `MeanInterval`, so it can go through `ThresholdTest`; nil when n = 2.
    public func slopeMeanInterval(confidence: Double) -> MeanInterval? {
        guard df > 0, slopeStandardError.isFinite else { return nil }
        return MeanInterval(estimate: slope, standardError: slopeStandardError, df: df, n: n, confidence: confidence)
    }

    /// The fitted value at `x`.
    public func predict(_ x: Double) -> Double { intercept + slope * x }
}
