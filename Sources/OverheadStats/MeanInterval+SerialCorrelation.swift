extension MeanInterval {
    /// Lag-1 autocorrelation of a series, r₁ = Σ(xᵢ − x̄)(xᵢ₊₁ − x̄) / Σ(xᵢ − x̄)², with Kendall's
    /// small-sample bias correction r₁ + (1 + 4r₁)/n (Kendall 1954; the plain r₁ is biased towards
    /// −1/n and badly low for short series), clamped to [0, 0.95]: negative correlation is not
    /// credited, and near 1 the series carries almost no independent information anyway.
    /// 0 with fewer than 3 values.
    public static func lag1Autocorrelation(_ xs: [Double]) -> Double {
        guard let (num, den) = lag1Sums(xs) else { return 0 }
        let r = num / den
        return min(max(r + (1 + 4 * r) / Double(xs.count), 0), 0.95)
    }

    /// Mean of values that follow each other in time and may drift (block means of one
    /// recording): the t-interval with the AR(1) variance inflation
    ///
    ///     SE² = s²/n · (1 + ρ)/(1 − ρ),   df = n·(1 − ρ)/(1 + ρ) − 1 (at least 1)
    ///
    /// with ρ from `lag1Autocorrelation`. With independent values (ρ ≈ 0) this is `of(_:confidence:)`.
    /// Nil when n < 3 or a value is not finite.
    public static func ofSeriallyCorrelated(_ xs: [Double], confidence: Double) -> MeanInterval? {
        guard xs.count >= 3, let plain = of(xs, confidence: confidence) else { return nil }
        let (se, df) = serialAdjustment(xs, plainStandardError: plain.standardError)
        return MeanInterval(estimate: plain.estimate, standardError: se, df: df, n: xs.count, confidence: confidence)
    }

    /// (SE, df) of a mean after the AR(1) inflation.
    static func serialAdjustment(_ xs: [Double], plainStandardError se: Double) -> (Double, Double) {
        let rho = lag1Autocorrelation(xs)
        let inflation = (1 + rho) / (1 - rho)
        let effective = Double(xs.count) / inflation
        return (se * inflation.squareRoot(), max(1, effective - 1))
    }

    /// `welchPercentChange` for two recordings whose blocks may drift: each side's variance of
    /// the mean of log block means gets the AR(1) inflation, and Welch–Satterthwaite uses the
    /// effective sample sizes. Nil when either side has fewer than 3 positive finite values.
    public static func welchPercentChangeSerial(_ a: [Double], _ b: [Double], confidence: Double) -> MeanInterval? {
        let la = a.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        let lb = b.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        guard la.count >= 3, lb.count >= 3, let ia = of(la, confidence: confidence),
            let ib = of(lb, confidence: confidence)
        else {
            return nil
        }
        let (sa, dfa) = serialAdjustment(la, plainStandardError: ia.standardError)
        let (sb, dfb) = serialAdjustment(lb, plainStandardError: ib.standardError)
        let ua = sa * sa
        let ub = sb * sb
        let se2 = ua + ub
        let denominator = ua * ua / dfa + ub * ub / dfb
        let df = denominator > 0 ? se2 * se2 / denominator : dfa + dfb
        let scale = LogScale(
            factor: 100, offset: -100, estimate: ib.estimate - ia.estimate, standardError: se2.squareRoot())
        return MeanInterval(logScale: scale, df: df, n: min(la.count, lb.count), confidence: confidence)
    }
}
