import Foundation

/// The one place the analysis calls into statistics, so the rest of the module speaks only
/// `IntervalEstimate` and `ThresholdOutcome`.
enum StatsBridge {
    /// Descriptive statistics of raw latencies; percentiles are numpy's default (linear, type 7).
    struct Description: Equatable {
        var n: Int
        var mean: Double
        var stddev: Double
        var min: Double
        var max: Double
        var p50: Double
        var p95: Double
        var p99: Double
    }

    struct Line: Equatable {
        var slope: IntervalEstimate
        var intercept: Double
    }

    static func describe(_ xs: [Double]) -> Description? { describe(sorted: xs.sorted()) }

    static func describe(sorted xs: [Double]) -> Description? {
        guard !xs.isEmpty else { return nil }
        let sorted = xs
        let n = Double(xs.count)
        let mean = xs.reduce(0, +) / n
        var ss = 0.0
        for x in xs { ss += (x - mean) * (x - mean) }
        let sd = xs.count > 1 ? (ss / (n - 1)).squareRoot() : 0
        return Description(n: xs.count, mean: mean, stddev: sd, min: sorted[0], max: sorted[sorted.count - 1],
                           p50: percentile(sorted: sorted, 0.50), p95: percentile(sorted: sorted, 0.95),
                           p99: percentile(sorted: sorted, 0.99))
    }

    /// numpy `percentile(method="linear")`: h = (n−1)q, interpolate between floor(h) and ceil(h).
    static func percentile(sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = Swift.min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    static func histogram(sorted: [Double], count: Int) -> [HistogramBin] {
        guard let first = sorted.first, let last = sorted.last, count > 0 else { return [] }
        if first == last { return [HistogramBin(lowerMs: first, upperMs: last, count: sorted.count)] }
        let width = (last - first) / Double(count)
        var counts = [Int](repeating: 0, count: count)
        for x in sorted {
            let i = Swift.min(Int((x - first) / width), count - 1)
            counts[i] += 1
        }
        return counts.enumerated().map { i, c in
            HistogramBin(lowerMs: first + Double(i) * width, upperMs: i == count - 1 ? last : first + Double(i + 1) * width, count: c)
        }
    }

    /// Mean with its standard error (s/√n) and n−1 degrees of freedom; a point estimate for n = 1.
    static func meanEstimate(_ xs: [Double]) -> IntervalEstimate? {
        guard !xs.isEmpty else { return nil }
        let n = Double(xs.count)
        let mean = xs.reduce(0, +) / n
        guard xs.count > 1 else { return IntervalEstimate(mean: mean, standardError: nil, degreesOfFreedom: 0, n: 1) }
        var ss = 0.0
        for x in xs { ss += (x - mean) * (x - mean) }
        return IntervalEstimate(mean: mean, standardError: (ss / (n - 1) / n).squareRoot(), degreesOfFreedom: n - 1, n: xs.count)
    }

    /// Welch: mean(b) − mean(a), Welch–Satterthwaite degrees of freedom.
    static func welchDifference(_ a: [Double], _ b: [Double]) -> IntervalEstimate? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
        guard a.count > 1, b.count > 1 else {
            return IntervalEstimate(mean: mb - ma, standardError: nil, degreesOfFreedom: 0, n: Swift.min(a.count, b.count))
        }
        let va = a.reduce(0) { $0 + ($1 - ma) * ($1 - ma) } / Double(a.count - 1) / Double(a.count)
        let vb = b.reduce(0) { $0 + ($1 - mb) * ($1 - mb) } / Double(b.count - 1) / Double(b.count)
        let se2 = va + vb
        let df = se2 > 0 ? se2 * se2 / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1)) : Double(a.count + b.count - 2)
        return IntervalEstimate(mean: mb - ma, standardError: se2.squareRoot(), degreesOfFreedom: df, n: Swift.min(a.count, b.count))
    }

    /// Ordinary least squares; the slope's standard error uses n−2 degrees of freedom.
    static func linearFit(x: [Double], y: [Double]) -> Line? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, sxy = 0.0
        for i in x.indices { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my) }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        let intercept = my - slope * mx
        guard x.count > 2 else {
            return Line(slope: IntervalEstimate(mean: slope, standardError: nil, degreesOfFreedom: 0, n: x.count), intercept: intercept)
        }
        var sse = 0.0
        for i in x.indices { let r = y[i] - intercept - slope * x[i]; sse += r * r }
        let se = (sse / (n - 2) / sxx).squareRoot()
        return Line(slope: IntervalEstimate(mean: slope, standardError: se, degreesOfFreedom: n - 2, n: x.count), intercept: intercept)
    }

    /// Verdicts for "estimate < limit" across one report, Holm–Bonferroni adjusted.
    static func decideAll(_ tests: [(IntervalEstimate, Double)], confidence: Double) -> [ThresholdOutcome] {
        let alpha = 1 - confidence
        // Two-sided p-value of "mean = limit"; the sign says which way a rejection goes.
        let pvalues: [Double] = tests.map { e, limit in
            guard let se = e.standardError, se > 0 else { return e.standardError == 0 && e.mean != limit ? 0 : 1 }
            let t = (e.mean - limit) / se
            return 2 * (1 - tCDF(abs(t), df: e.degreesOfFreedom))
        }
        let rejected = holm(pvalues, alpha: alpha)
        return tests.indices.map { i in
            let (e, limit) = tests[i]
            guard let se = e.standardError else { return ThresholdOutcome(decision: .undecided, pValue: 1, minimumDetectableEffect: nil, additionalRunsNeeded: nil) }
            let decision: ThresholdOutcome.Decision = rejected[i] ? (e.mean < limit ? .below : .above) : .undecided
            let tCrit = tQuantile(1 - alpha / 2, df: e.degreesOfFreedom)
            let tPower = tQuantile(0.8, df: e.degreesOfFreedom)
            let mde = (tCrit + tPower) * se
            var more: Int?
            let gap = abs(e.mean - limit)
            if decision == .undecided, gap > 0 {
                let needed = Double(e.n) * pow(tCrit * se / gap, 2)
                more = Swift.max(1, Int((needed - Double(e.n)).rounded(.up)))
            }
            return ThresholdOutcome(decision: decision, pValue: pvalues[i], minimumDetectableEffect: mde, additionalRunsNeeded: more)
        }
    }

    static func holm(_ p: [Double], alpha: Double) -> [Bool] {
        let order = p.indices.sorted { p[$0] < p[$1] }
        var out = [Bool](repeating: false, count: p.count)
        for (rank, i) in order.enumerated() {
            if p[i] <= alpha / Double(p.count - rank) { out[i] = true } else { break }
        }
        return out
    }

    // MARK: Student t

    static func tCDF(_ t: Double, df: Double) -> Double {
        let x = df / (df + t * t)
        let tail = 0.5 * regularizedBeta(x, df / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    static func tQuantile(_ p: Double, df: Double) -> Double {
        if p == 0.5 { return 0 }
        var lo = -1e4, hi = 1e4
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if tCDF(mid, df: df) < p { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }

    /// I_x(a, b) by Lentz's continued fraction (Numerical Recipes §6.4).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let lbeta = lgamma(a + b) - lgamma(a) - lgamma(b)
        let front = exp(lbeta + a * log(x) + b * log(1 - x))
        if x < (a + 1) / (a + b + 2) { return front * betaFraction(x, a, b) / a }
        return 1 - front * betaFraction(1 - x, b, a) / b
    }

    private static func betaFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            var num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d; h *= d * c
            num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + num * d; if abs(d) < tiny { d = tiny }
            c = 1 + num / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}

/// The outcome of testing "estimate < limit" within one report.
struct ThresholdOutcome: Sendable, Equatable {
    enum Decision: Sendable, Equatable { case below, above, undecided }
    var decision: Decision
    var pValue: Double
    var minimumDetectableEffect: Double?
    var additionalRunsNeeded: Int?
}
