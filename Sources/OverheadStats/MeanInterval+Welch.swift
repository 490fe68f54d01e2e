extension MeanInterval {
    /// Welch's interval for mean(b) − mean(a) of two independent samples with possibly unequal
    /// variances (Welch 1947):
    ///
    ///     SE² = s_a²/n_a + s_b²/n_b
    ///     df  = SE⁴ / ( (s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1) )   (Welch–Satterthwaite)
    ///
    /// `n` of the result is the smaller sample size (runs per arm). When both variances are zero,
    /// df is n_a + n_b − 2 and the interval is the point. Nil when either sample has fewer than
    /// 2 values or a non-finite value. Used for compare mode, where two recordings share no blocks.
    public static func welchDifference(_ a: [Double], _ b: [Double], confidence: Double) -> MeanInterval? {
        guard a.count >= 2, b.count >= 2, a.allSatisfy(\.isFinite), b.allSatisfy(\.isFinite) else { return nil }
        let (ma, va) = Descriptive.meanAndVariance(a)
        let (mb, vb) = Descriptive.meanAndVariance(b)
        let na = Double(a.count), nb = Double(b.count)
        let ua = va / na, ub = vb / nb
        let se2 = ua + ub
        let denominator = ua * ua / (na - 1) + ub * ub / (nb - 1)
        let df = denominator > 0 ? se2 * se2 / denominator : na + nb - 2
        return MeanInterval(estimate: mb - ma, standardError: se2.squareRoot(), df: df,
                            n: min(a.count, b.count), confidence: confidence)
    }
}
