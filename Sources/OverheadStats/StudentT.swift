/// Student's t distribution with `df` degrees of freedom (df > 0, not necessarily whole).
///
/// - `cdf(t)`: with x = df/(df + t²), the lower tail of |t| is P(T < −|t|) = ½·I_x(df/2, ½)
///   (Abramowitz & Stegun 26.7.1), using `IncompleteBeta` (continued fraction, Lentz); exact
///   closed forms for df = 1 (Cauchy) and df = 2; Fisher's expansion in 1/df for df ≥ 10⁶ and
///   |t| < 6; the normal distribution for df > 10¹⁰.
/// - `quantile(p)`: closed forms for df = 1 and 2; otherwise an initial guess from the
///   Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5), then
///   Newton steps on the cdf kept inside a bracket that bisection shrinks whenever a Newton step
///   would leave it. Converges to ~1e−12 relative error.
public enum StudentT {
    public static func cdf(_ t: Double, df: Double) -> Double {
        guard !t.isNaN, !df.isNaN, df > 0 else { return .nan }
        let lower = lowerTail(-abs(t), df: df)
        return t < 0 ? lower : 1 - lower
    }

    /// Upper tail P(T > t) = 1 − cdf(t), without cancellation for large t.
    public static func survival(_ t: Double, df: Double) -> Double {
        cdf(-t, df: df)
    }

    /// Density f(t) = Γ((ν+1)/2) / (√(νπ)·Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2).
    public static func pdf(_ t: Double, df: Double) -> Double {
        guard df > 0 else { return .nan }
        if df.isInfinite { return NormalDistribution.pdf(t) }
        let lnf =
            CMath.lgamma((df + 1) / 2) - CMath.lgamma(df / 2) - 0.5 * CMath.log(df * Double.pi)
            - (df + 1) / 2 * CMath.log1p(t * t / df)
        return CMath.exp(lnf)
    }

    /// P(T < t) for t ≤ 0, computed directly so it keeps relative precision in the tail.
    private static func lowerTail(_ t: Double, df: Double) -> Double {
        if t == 0 { return 0.5 }
        if t == -.infinity { return 0 }
        if df.isInfinite || df > 1e10 { return NormalDistribution.cdf(t) }
        if df == 1 { return cauchyLowerTail(t) }
        if df == 2 { return 0.5 * (1 + t / (2 + t * t).squareRoot()) }
        if df >= 1e6, t > -6 { return largeDegreesLowerTail(t, df: df) }
        // x = df/(df + t²) through r = df/t², which neither overflows for huge |t| nor loses
        // 1 − x to cancellation for huge df: x = r/(1 + r), 1 − x = 1/(1 + r).
        let r = (df / t) / t
        if r.isInfinite { return 0.5 }
        let x = r / (1 + r)
        let y = 1 / (1 + r)
        let logX = r > 1 ? -CMath.log1p(1 / r) : CMath.log(df) - 2 * CMath.log(-t) - CMath.log1p(r)
        let logY = -CMath.log1p(r)
        return 0.5 * IncompleteBeta.both(x: x, y: y, logX: logX, logY: logY, a: df / 2, b: 0.5).value
    }

    /// For df ≥ 10⁶ and |t| < 6, where the continued fraction converges slowly (x near its
    /// switch point) and rounding builds up: Fisher's expansion in 1/ν (checked against mpmath),
    ///     F(t) = Φ(t) − φ(t)·[(t³ + t)/(4ν) + (3t⁷ − 7t⁵ − 5t³ − 3t)/(96ν²)] + O(ν⁻³),
    /// whose next term is below 1e−13 relative here.
    private static func largeDegreesLowerTail(_ t: Double, df nu: Double) -> Double {
        let t2 = t * t
        let first = (t2 + 1) * t / (4 * nu)
        let second = (((3 * t2 - 7) * t2 - 5) * t2 - 3) * t / (96 * nu * nu)
        return NormalDistribution.cdf(t) - NormalDistribution.pdf(t) * (first + second)
    }

    /// Cauchy P(T < t) = ½ + atan(t)/π for t ≤ 0; for t < −1 as −atan(1/t)/π, which keeps the
    /// relative precision of the small lower tail.
    private static func cauchyLowerTail(_ t: Double) -> Double {
        if t < -1 { return -CMath.atan(1 / t) / Double.pi }
        return 0.5 + CMath.atan(t) / Double.pi
    }

    /// The t with P(T ≤ t) = p. ±∞ at p = 0 or 1, NaN outside [0, 1] or for df ≤ 0.
    public static func quantile(_ p: Double, df: Double) -> Double {
        guard !p.isNaN, !df.isNaN, df > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if df.isInfinite || df > 1e10 { return NormalDistribution.quantile(p) }
        // Solve in the lower tail, where the cdf is computed without cancellation.
        let q = min(p, 1 - p)
        let sign: Double = p < 0.5 ? 1 : -1
        if df == 1 { return sign * -(1 / CMath.tan(Double.pi * q)) }
        if df == 2 { return sign * -((1 - 2 * q) / (2 * q * (1 - q)).squareRoot()) }
        return sign * lowerQuantile(q, df: df)
    }

    /// Solves cdf(t) = q for q < 0.5 (t < 0).
    private static func lowerQuantile(_ q: Double, df: Double) -> Double {
        let z = NormalDistribution.quantile(q)
        let z2 = z * z
        // Cornish–Fisher expansion (A&S 26.7.5), good for moderate df.
        var t =
            z + (z2 + 1) * z / (4 * df)
            + ((5 * z2 + 16) * z2 + 3) * z / (96 * df * df)
            + (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / (384 * df * df * df)
        if !t.isFinite || t >= 0 { t = z }
        // Bracket [lo, hi] with cdf(lo) ≤ q ≤ cdf(hi), hi = 0.
        var hi = 0.0
        var lo = min(t, z) * 2
        while lowerTail(lo, df: df) > q {
            hi = lo
            lo *= 2
            if lo < -1e300 { return -.infinity }
        }
        if t <= lo || t >= hi { t = 0.5 * (lo + hi) }
        for _ in 0..<200 {
            let f = lowerTail(t, df: df) - q
            if f == 0 { return t }
            if f > 0 { hi = t } else { lo = t }
            let step = f / pdf(t, df: df)
            var next = t - step
            if !next.isFinite || next <= lo || next >= hi { next = 0.5 * (lo + hi) }
            if abs(next - t) <= 1e-14 * max(1, abs(t)) { return next }
            t = next
        }
        return t
    }
}
