/// Percentiles by linear interpolation between order statistics.
///
/// Definition (Hyndman & Fan 1996, type 7; numpy's default `method="linear"`, R's default
/// `quantile(type = 7)`): for sorted values x₀ ≤ … ≤ xₙ₋₁ and q ∈ [0, 1],
///
///     h = (n − 1)·q,  j = ⌊h⌋,  Q(q) = x_j + (h − j)·(x_{j+1} − x_j)
///
/// so Q(0) = min, Q(1) = max, and with n = 1 every percentile is the single value. Chosen
/// because it is what `numpy.percentile` and most dashboards report, so figures can be checked
/// against a one-line numpy call.
public enum Percentile {
    /// Percentile `q` (a fraction in [0, 1], clamped) of already sorted values; NaN when empty.
    public static func linear(sorted xs: [Double], _ q: Double) -> Double {
        let n = xs.count
        guard n > 0, !q.isNaN else { return .nan }
        let qc = min(max(q, 0), 1)
        let h = Double(n - 1) * qc
        let j = Int(h.rounded(.down))
        if j >= n - 1 { return xs[n - 1] }
        let frac = h - Double(j)
        return xs[j] + frac * (xs[j + 1] - xs[j])
    }

    /// Percentile `q` of unsorted values (sorts a copy); NaN when empty.
    public static func linear(_ xs: [Double], _ q: Double) -> Double {
        linear(sorted: xs.sorted(), q)
    }
}
