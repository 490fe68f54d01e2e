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
        let na = Double(a.count)
        let nb = Double(b.count)
        let ua = va / na
        let ub = vb / nb
        let se2 = ua + ub
        let denominator = ua * ua / (na - 1) + ub * ub / (nb - 1)
        let df = denominator > 0 ? se2 * se2 / denominator : na + nb - 2
        return MeanInterval(
            estimate: mb - ma, standardError: se2.squareRoot(), df: df,
            n: min(a.count, b.count), confidence: confidence)
    }
}

extension MeanInterval {
    /// The percent change of `b` over `a` for two independent sets of positive per-block values
    /// (compare mode: per-block mean latencies of an old and a new recording), on the log scale:
    /// θ = mean(log b) − mean(log a) with Welch's standard error and Welch–Satterthwaite df, reported
    /// as 100·(e^θ − 1) percent (a `LogScale` interval, so `ThresholdTest` against a maximum
    /// regression in percent decides on the log scale). Nil when either side has fewer than 2
    /// positive finite values.
    public static func welchPercentChange(_ a: [Double], _ b: [Double], confidence: Double) -> MeanInterval? {
        let la = a.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        let lb = b.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        guard let plain = welchDifference(la, lb, confidence: confidence) else { return nil }
        let scale = LogScale(factor: 100, offset: -100, estimate: plain.estimate, standardError: plain.standardError)
        return MeanInterval(logScale: scale, df: plain.df, n: plain.n, confidence: confidence)
    }
}
