/// Equal-width histogram bins for the latency charts.
///
/// `count` bins of width (max − min)/count span [min, max]; bin k is [lower_k, upper_k), the last
/// bin also includes max (numpy `histogram` convention). All-equal values give one bin
/// [v, v] holding everything; empty input or `count` ≤ 0 gives no bins. Non-finite values are
/// ignored. The edges are computed as min + k·width so they do not accumulate rounding.
public enum Histogram {
    public static func bins(sorted xs: [Double], count: Int) -> [(lower: Double, upper: Double, count: Int)] {
        let values = xs.filter(\.isFinite)
        guard count > 0, let lo = values.first, let hi = values.last else { return [] }
        if lo == hi { return [(lo, hi, values.count)] }
        let width = (hi - lo) / Double(count)
        var counts = Array(repeating: 0, count: count)
        for x in values {
            var k = Int(((x - lo) / width).rounded(.down))
            if k >= count { k = count - 1 }
            if k < 0 { k = 0 }
            // Settle rounding at the edges against the edges themselves, as numpy does.
            if k > 0, x < lo + Double(k) * width { k -= 1 }
            if k < count - 1, x >= lo + Double(k + 1) * width { k += 1 }
            counts[k] += 1
        }
        return (0..<count).map { k in
            let lower = lo + Double(k) * width
            let upper = k == count - 1 ? hi : lo + Double(k + 1) * width
            return (lower, upper, counts[k])
        }
    }
}
