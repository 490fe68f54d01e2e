/// The original's per-series summary (avg, stddev, p50, p95, p99, count) over the non-warm-up
/// samples of one scale. stddev is the sample standard deviation (n − 1; 0 for one sample);
/// percentiles interpolate linearly between order statistics (numpy's default, Hyndman–Fan type 7).
struct SampleSummary: Sendable, Equatable {
    var count: Int
    var mean: Double
    var stddev: Double
    var p50: Double
    var p95: Double
    var p99: Double

    static func of(_ values: [Double]) -> SampleSummary? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let n = Double(sorted.count)
        let mean = sorted.reduce(0, +) / n
        let ss = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let sd = sorted.count > 1 ? (ss / (n - 1)).squareRoot() : 0
        return SampleSummary(count: sorted.count, mean: mean, stddev: sd, p50: percentile(sorted, 0.5),
                             p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99))
    }

    static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
