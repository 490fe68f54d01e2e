extension MeanInterval {
    /// Largest autocorrelation `pooledLag1Autocorrelation` returns: at 0.9 the AR(1) inflation is
    /// already 19, beyond which a recording holds too few independent runs to say anything.
    public static let maximumPooledAutocorrelation = 0.9

    /// One lag-1 autocorrelation for all the series of one recording (their log block means, each
    /// in run order), given in groups of series recorded in the same runs (one group per agent
    /// count: the runs of different groups happen at different times). Drift is the machine's and
    /// shared by every series of a run, so it is estimated from each group's common signal, far
    /// steadier than any one series' ~10 values: each series is standardised,
    /// zᵢ = (xᵢ − x̄)/s (so a noisy series does not outweigh the rest), a group's z are summed
    /// position by position into S_gᵢ, demeaned, and the groups pooled:
    ///
    ///     r₁ = Σ_g Σᵢ S_gᵢ·S_g(ᵢ₊₁) / Σ_g Σᵢ S_gᵢ²,   ρ = r₁ + (1 + 4r₁)/n̄,   clamped to [0, 0.9]
    ///
    /// with Kendall's small-sample bias correction (as in `lag1Autocorrelation`) for the groups'
    /// mean length n̄. Each series' own noise averages out of S, so ρ is the drift's
    /// autocorrelation: for a series dominated by its own noise it overstates that series' and
    /// errs on the wide side. Series with fewer than 3 values, a non-finite value or no spread are
    /// skipped, and series of different lengths in a group are aligned at their first value; 0
    /// when nothing is left.
    public static func pooledLag1Autocorrelation(_ groups: [[[Double]]]) -> Double {
        var num = 0.0
        var den = 0.0
        var lengths = 0.0
        var count = 0.0
        for series in groups {
            var signal: [Double] = []
            for xs in series where xs.count >= 3 && xs.allSatisfy(\.isFinite) {
                let (mean, variance) = Descriptive.meanAndVariance(xs)
                guard variance > 0 else { continue }
                let s = variance.squareRoot()
                if signal.count < xs.count { signal += Array(repeating: 0, count: xs.count - signal.count) }
                for (i, x) in xs.enumerated() { signal[i] += (x - mean) / s }
            }
            guard let (n, d) = lag1Sums(signal) else { continue }
            num += n
            den += d
            lengths += Double(signal.count)
            count += 1
        }
        guard count > 0, den > 0 else { return 0 }
        let r = num / den
        return min(max(r + (1 + 4 * r) / (lengths / count), 0), maximumPooledAutocorrelation)
    }

    /// (Σ dᵢdᵢ₊₁, Σ dᵢ²) with dᵢ = xᵢ − x̄; nil with fewer than 3 values or no spread.
    static func lag1Sums(_ xs: [Double]) -> (Double, Double)? {
        let n = xs.count
        guard n >= 3 else { return nil }
        let mean = xs.reduce(0, +) / Double(n)
        var num = 0.0
        var den = 0.0
        for i in 0..<n {
            let d = xs[i] - mean
            den += d * d
            if i + 1 < n { num += d * (xs[i + 1] - mean) }
        }
        return den > 0 ? (num, den) : nil
    }

    /// `welchPercentChange` for two recordings whose blocks may drift, with each side's lag-1
    /// autocorrelation given (from `pooledLag1Autocorrelation` over that recording's series).
    /// On the log block means, for each side with n values, variance s² and autocorrelation ρ:
    ///
    ///     u = s²/n · (1 + ρ)/(1 − ρ),   ν = max(1, n·(1 − ρ)/(1 + ρ) − 1)
    ///     SE² = u_a + u_b,   df = SE⁴ / (u_a²/ν_a + u_b²/ν_b)
    ///
    /// θ = mean(log b) − mean(log a), reported as 100·(e^θ − 1) percent. With ρ = 0 on both sides
    /// this is `welchPercentChange`. ρ is clamped to [0, `maximumPooledAutocorrelation`]. Nil when
    /// either side has fewer than 2 positive finite values.
    public static func welchPercentChange(
        _ a: [Double], _ b: [Double], autocorrelationA rhoA: Double,
        autocorrelationB rhoB: Double, confidence: Double
    ) -> MeanInterval? {
        let la = a.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        let lb = b.compactMap { $0 > 0 && $0.isFinite ? CMath.log($0) : nil }
        guard la.count >= 2, lb.count >= 2, rhoA.isFinite, rhoB.isFinite,
            let ia = of(la, confidence: confidence), let ib = of(lb, confidence: confidence)
        else { return nil }
        func inflated(_ i: MeanInterval, _ rho: Double) -> (u: Double, df: Double) {
            let r = min(max(rho, 0), maximumPooledAutocorrelation)
            let inflation = (1 + r) / (1 - r)
            return (i.standardError * i.standardError * inflation, max(1, Double(i.n) / inflation - 1))
        }
        let (ua, dfa) = inflated(ia, rhoA)
        let (ub, dfb) = inflated(ib, rhoB)
        let se2 = ua + ub
        let denominator = ua * ua / dfa + ub * ub / dfb
        let df = denominator > 0 ? se2 * se2 / denominator : dfa + dfb
        let scale = LogScale(
            factor: 100, offset: -100, estimate: ib.estimate - ia.estimate, standardError: se2.squareRoot())
        return MeanInterval(logScale: scale, df: df, n: min(la.count, lb.count), confidence: confidence)
    }
}
