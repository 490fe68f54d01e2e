/// The standard normal distribution.
///
/// - `cdf(z)` = ½·erfc(−z/√2), from the C library's erfc (accurate in both tails).
/// - `quantile(p)`: Acklam's rational approximation (P. J. Acklam, "An algorithm for computing
///   the inverse normal cumulative distribution function", 2003; relative error < 1.15e−9),
///   refined by one step of Halley's method on the exact cdf, which brings it to full double
///   precision. `quantile(0) = −∞`, `quantile(1) = +∞`, NaN outside [0, 1].
public enum NormalDistribution {
    public static func cdf(_ z: Double) -> Double {
        0.5 * CMath.erfc(-z / 2.0.squareRoot())
    }

    /// Upper tail 1 − Φ(z), without cancellation for large z.
    public static func survival(_ z: Double) -> Double {
        0.5 * CMath.erfc(z / 2.0.squareRoot())
    }

    /// Density φ(z) = exp(−z²/2)/√(2π).
    public static func pdf(_ z: Double) -> Double {
        CMath.exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
    }

    public static func quantile(_ p: Double) -> Double {
        guard !p.isNaN, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [
            7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00,
        ]
        let pLow = 0.02425
        var x: Double
        if p < pLow {
            let q = (-2 * CMath.log(p)).squareRoot()
            x =
                (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - pLow {
            let q = p - 0.5
            let r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * CMath.log1p(-p)).squareRoot()
            x =
                -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // One Halley step: e = Φ(x) − p, u = e·√(2π)·exp(x²/2), x ← x − u/(1 + x·u/2).
        // Work in the tail nearer to x so the error e keeps its precision.
        let e = x < 0 ? cdf(x) - p : (1 - p) - survival(x)
        let u = e * (2 * Double.pi).squareRoot() * CMath.exp(x * x / 2)
        if u.isFinite { x -= u / (1 + x * u / 2) }
        return x
    }
}
