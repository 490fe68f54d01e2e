/// Equal-width histogram bins for the latency charts.
///
/// `count` bins of width (max − min)/count span [min, max]; bin k is [lower_k, upper_k), the last
/// bin also includes max (numpy `histogram` convention). All-equal values give one bin
/// [v, v] holding everything; empty input or `count` ≤ 0 gives no bins. Non-finite values are
/// ignored. The edges are computed as min + k·width so they do not accumulate rounding.
///
/// Values come from untrusted files: `count` is capped at `maxBins`, and a span whose bin width
/// is not a positive finite double (subnormal values 5e-324 apart, or ±1.7e308 whose difference
/// overflows) gives one bin [min, max] holding everything rather than an infinite bin index.
public enum Histogram {
    /// The most bins a histogram has, whatever is asked: a chart row is ~110 px wide.
    public static let maxBins = 1_000

    public static func bins(sorted xs: [Double], count requested: Int) -> [(lower: Double, upper: Double, count: Int)] {
        let values = xs.filter(\.isFinite)
        let count = min(requested, maxBins)
        guard count > 0, let lo = values.first, let hi = values.last else { return [] }
        if lo == hi { return [(lo, hi, values.count)] }
        let spanIsFinite = (hi - lo).isFinite
        let width = spanIsFinite ? (hi - lo) / Double(count) : hi / Double(count) - lo / Double(count)
        guard width > 0, width.isFinite else { return [(lo, hi, values.count)] }
        // lo + k·width, or (when hi − lo overflows) the same edge interpolated so it stays finite.
        func edge(_ k: Int) -> Double {
            guard !spanIsFinite else { return lo + Double(k) * width }
            let t = Double(k) / Double(count)
            return lo * (1 - t) + hi * t
        }
        var counts = Array(repeating: 0, count: count)
        for x in values {
            let position = (spanIsFinite ? (x - lo) / width : (x / width - lo / width)).rounded(.down)
            var k = position.isFinite ? Int(max(min(position, Double(count)), -1)) : count - 1
            if k >= count { k = count - 1 }
            if k < 0 { k = 0 }
            // Settle rounding at the edges against the edges themselves, as numpy does.
            if k > 0, x < edge(k) { k -= 1 }
            if k < count - 1, x >= edge(k + 1) { k += 1 }
            counts[k] += 1
        }
        return (0..<count).map { k in
            let lower = edge(k)
            let upper = k == count - 1 ? hi : edge(k + 1)
            return (lower, upper, counts[k])
        }
    }
}
