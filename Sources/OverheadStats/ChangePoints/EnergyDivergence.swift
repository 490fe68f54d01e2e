/// The divergence statistic of E-Divisive means (Matteson & James 2014, "A nonparametric approach
/// for multiple change point analysis of multivariate data", JASA 109(505), eq. 3–5), with α = 1.
/// For a segment z₀…z_{n−1} split before index τ into X = z₀…z_{τ−1} (m = τ values) and
/// Y = z_τ…z_{n−1} (k = n − τ values):
///
///     Ê(X, Y) = 2/(m·k) Σᵢ Σⱼ |Xᵢ − Yⱼ| − C(m,2)⁻¹ Σ_{i<i'} |Xᵢ − X_{i'}| − C(k,2)⁻¹ Σ_{j<j'} |Yⱼ − Y_{j'}|
///     Q̂(τ)   = m·k/(m + k) · Ê(X, Y)
///
/// (a within-sample term is 0 when its sample has one value). Large Q̂ means the two sides come
/// from different distributions; with α = 1 the divergence is sensitive to any change in
/// distribution with a finite mean, a shift of the mean first of all.
///
/// `scan` evaluates Q̂ at every split in O(n log n): moving one value v from Y to X changes the
/// three sums by v's distances to the values in X and to those left in Y. With the values ranked,
/// Σ_{x∈X}|x − v| = v·#{x below} − Σ{x below} + Σ{x above} − v·#{x above}, read from two Fenwick
/// trees (counts and sums by rank) of the values already in X; the distances to all values come
/// from prefix sums of the sorted values, and those to Y are the difference.
public enum EnergyDivergence {
    /// Q̂ at every split τ ∈ `minimumSegment`…n − `minimumSegment` (both sides at least that
    /// long), as (τ, Q̂) in increasing τ. Empty when the segment is too short for one split.
    public static func scan(_ z: [Double], minimumSegment: Int) -> [(split: Int, statistic: Double)] {
        let n = z.count
        let least = max(minimumSegment, 1)
        guard n >= 2 * least else { return [] }
        // Ties broken by index: equal values at different ranks still give |x − v| = 0.
        let order = z.indices.sorted { (z[$0], $0) < (z[$1], $1) }
        var rank = [Int](repeating: 0, count: n)
        var prefix = [Double](repeating: 0, count: n + 1)  // prefix[r]: sum of the r smallest
        for (r, i) in order.enumerated() {
            rank[i] = r
            prefix[r + 1] = prefix[r] + z[i]
        }
        let total = prefix[n]
        // Σ_{i<j} |z_i − z_j| = Σ_r (2r − n + 1)·z_(r) over the sorted values.
        var inY = 0.0
        for (r, i) in order.enumerated() { inY += Double(2 * r - n + 1) * z[i] }
        var counts = Fenwick(size: n)
        var sums = Fenwick(size: n)
        var sumX = 0.0
        var across = 0.0  // Σ over X × Y pairs
        var inX = 0.0  // Σ over pairs inside X
        var out: [(split: Int, statistic: Double)] = []
        out.reserveCapacity(n - 2 * least + 1)
        for tau in 1..<n {
            // Move z[tau − 1] from Y to X.
            let p = tau - 1
            let v = z[p]
            let r = rank[p]
            let below = counts.prefix(r)
            let belowSum = sums.prefix(r)
            let toX = v * below - belowSum + (sumX - belowSum) - v * (Double(p) - below)
            let toAll = v * Double(r) - prefix[r] + (total - prefix[r + 1]) - v * Double(n - r - 1)
            let toY = toAll - toX
            inX += toX
            inY -= toY
            across += toY - toX
            counts.add(r, 1)
            sums.add(r, v)
            sumX += v
            guard tau >= least, n - tau >= least else { continue }
            out.append((tau, statistic(across: across, inX: inX, inY: inY, m: tau, k: n - tau)))
        }
        return out
    }

    /// The split with the largest Q̂ (the first one on ties); nil when no split is allowed.
    public static func best(_ z: [Double], minimumSegment: Int) -> (split: Int, statistic: Double)? {
        var top: (split: Int, statistic: Double)?
        for candidate in scan(z, minimumSegment: minimumSegment)
        where candidate.statistic > (top?.statistic ?? -.infinity) {
            top = candidate
        }
        return top
    }

    /// Q̂ from the three distance sums of a split into m and k values.
    static func statistic(across: Double, inX: Double, inY: Double, m: Int, k: Int) -> Double {
        let md = Double(m)
        let kd = Double(k)
        let pairsX = md * (md - 1) / 2
        let pairsY = kd * (kd - 1) / 2
        let divergence =
            2 * across / (md * kd) - (pairsX > 0 ? inX / pairsX : 0) - (pairsY > 0 ? inY / pairsY : 0)
        return md * kd / (md + kd) * divergence
    }
}
