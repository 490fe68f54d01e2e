/// Summary statistics of one series of latencies.
///
/// - `mean`: arithmetic mean, computed in two passes (mean, then squared deviations) for
///   accuracy with values that are large relative to their spread.
/// - `stddev`: sample standard deviation with Bessel's correction,
///   s = √(Σ(xᵢ − x̄)² / (n − 1)) (numpy `std(ddof=1)`); 0 when n = 1 (where numpy gives NaN),
///   so a one-sample series prints as a number rather than NaN.
/// - `p50`, `p95`, `p99`: `Percentile.linear` (numpy default, type 7).
public struct Descriptive: Sendable, Equatable {
    public var n: Int
    public var mean: Double
    public var stddev: Double
    public var min: Double
    public var max: Double
    public var p50: Double
    public var p95: Double
    public var p99: Double

    public init(n: Int, mean: Double, stddev: Double, min: Double, max: Double, p50: Double, p95: Double, p99: Double) {
        self.n = n
        self.mean = mean
        self.stddev = stddev
        self.min = min
        self.max = max
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
    }

    /// Statistics of `xs` (any order); nil when empty.
    public static func of(_ xs: [Double]) -> Descriptive? {
        of(sorted: xs.sorted())
    }

    /// Statistics of values already sorted ascending (saves the sort); nil when empty.
    public static func of(sorted xs: [Double]) -> Descriptive? {
        guard let first = xs.first, let last = xs.last else { return nil }
        let (mean, variance) = Descriptive.meanAndVariance(xs)
        return Descriptive(
            n: xs.count, mean: mean, stddev: variance.squareRoot(), min: first, max: last,
            p50: Percentile.linear(sorted: xs, 0.50),
            p95: Percentile.linear(sorted: xs, 0.95),
            p99: Percentile.linear(sorted: xs, 0.99))
    }

    /// Mean and sample variance (n − 1 denominator; 0 when n = 1) in two passes.
    /// Precondition: `xs` is not empty.
    static func meanAndVariance(_ xs: [Double]) -> (mean: Double, variance: Double) {
        let n = Double(xs.count)
        var sum = 0.0
        for x in xs { sum += x }
        let mean = sum / n
        guard xs.count > 1 else { return (mean, 0) }
        var ss = 0.0
        var comp = 0.0
        for x in xs {
            let d = x - mean
            ss += d * d
            comp += d
        }
        // Corrected two-pass formula (Chan, Golub & LeVeque 1983): removes the rounding error of the mean.
        let variance = (ss - comp * comp / n) / (n - 1)
        return (mean, Swift.max(variance, 0))
    }
}
