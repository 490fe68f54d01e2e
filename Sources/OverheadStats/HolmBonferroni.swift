/// Holm's step-down correction for testing m hypotheses at family-wise error rate α
/// (Holm 1979): sort the p-values ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎; reject H₍ᵢ₎ while
/// p₍ᵢ₎ ≤ α/(m − i + 1), and stop at the first p-value that fails (it and all larger are kept).
/// Uniformly more powerful than Bonferroni, valid under any dependence between the tests.
/// Equivalent to rejecting when the Holm-adjusted p-value (statsmodels `multipletests(method="holm")`)
/// is ≤ α.
public enum HolmBonferroni {
    /// Which hypotheses are rejected, in the order of `pValues`. NaN p-values are never rejected
    /// (and count towards m).
    public static func rejections(pValues: [Double], alpha: Double) -> [Bool] {
        let levels = stepLevels(pValues: pValues, alpha: alpha)
        var rejected = Array(repeating: false, count: pValues.count)
        for index in rankOrder(pValues) {
            let p = pValues[index]
            guard !p.isNaN, p <= levels[index] else { break }
            rejected[index] = true
        }
        return rejected
    }

    /// Holm-adjusted p-values: p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎), in input order.
    public static func adjusted(pValues: [Double]) -> [Double] {
        let m = pValues.count
        var result = Array(repeating: Double.nan, count: m)
        var running = 0.0
        for (rank, index) in rankOrder(pValues).enumerated() {
            let p = pValues[index]
            if p.isNaN { continue }
            running = max(running, min(1, Double(m - rank) * p))
            result[index] = running
        }
        return result
    }

    /// The level each hypothesis is compared with at its rank, α/(m − rank), in input order.
    public static func stepLevels(pValues: [Double], alpha: Double) -> [Double] {
        let m = pValues.count
        var levels = Array(repeating: alpha, count: m)
        for (rank, index) in rankOrder(pValues).enumerated() {
            levels[index] = alpha / Double(m - rank)
        }
        return levels
    }

    /// Indices sorted by p-value ascending (NaN last, ties by index for determinism).
    private static func rankOrder(_ p: [Double]) -> [Int] {
        p.indices.sorted { i, j in
            switch (p[i].isNaN, p[j].isNaN) {
            case (false, true): return true
            case (true, false): return false
            case (true, true): return i < j
            case (false, false): return p[i] < p[j] || (p[i] == p[j] && i < j)
            }
        }
    }
}
