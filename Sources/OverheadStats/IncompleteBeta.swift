/// The regularised incomplete beta function I_x(a, b), the building block of the Student t
/// distribution function.
///
///     I_x(a, b) = x^a (1 − x)^b / (a·B(a, b)) · 1/(1+ d₁/(1+ d₂/(1+ …)))
///
/// with the continued fraction of Numerical Recipes (Press et al., 3rd ed., §6.4, eq. 6.4.5)
/// evaluated by the modified Lentz method (Lentz 1976; Thompson & Barnett 1986). The fraction
/// converges quickly for x < (a + 1)/(a + b + 2); otherwise the symmetry
/// I_x(a, b) = 1 − I_{1−x}(b, a) is used. `complement` returns 1 − I_x(a, b) computed
/// directly, so small upper tails keep their relative precision.
enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0 and x in [0, 1].
    static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        let (value, complement) = both(x, a: a, b: b)
        return value.isNaN ? complement : value
    }

    /// 1 − I_x(a, b), without cancellation.
    static func complement(_ x: Double, a: Double, b: Double) -> Double {
        both(x, a: a, b: b).complement
    }

    /// (I_x(a, b), 1 − I_x(a, b)), the smaller of the two computed directly.
    static func both(_ x: Double, a: Double, b: Double) -> (value: Double, complement: Double) {
        guard !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        if x >= 1 { return (1, 0) }
        return both(x: x, y: 1 - x, logX: CMath.log(x), logY: CMath.log1p(-x), a: a, b: b)
    }

    /// The same with y = 1 − x and both logarithms supplied by a caller that knows them more
    /// precisely than 1 − x can give (the t distribution near x = 1).
    static func both(x: Double, y: Double, logX: Double, logY: Double, a: Double, b: Double) -> (
        value: Double, complement: Double
    ) {
        guard !logX.isNaN, !logY.isNaN, a > 0, b > 0 else { return (.nan, .nan) }
        // x itself may underflow to 0 while its logarithm is still exact: only a zero log ends it.
        if logX == -.infinity { return (0, 1) }
        if logY == -.infinity { return (1, 0) }
        let lnFront = a * logX + b * logY - logBeta(a, b)
        let front = CMath.exp(lnFront)
        if x < (a + 1) / (a + b + 2) {
            let v = front * continuedFraction(x, a: a, b: b) / a
            return (v, 1 - v)
        } else {
            let c = front * continuedFraction(y, a: b, b: a) / b
            return (1 - c, c)
        }
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). When one argument is large, ln Γ(a + b) − ln Γ(a)
    /// is taken from Stirling's series instead of subtracting two huge lgamma values (which would
    /// lose ~8 digits at a = 10⁸):
    ///     ln Γ(a + δ) − ln Γ(a) = (a − ½)·log1p(δ/a) + δ·ln(a + δ) − δ + S(a + δ) − S(a),
    ///     S(x) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let big = max(a, b)
        let small = min(a, b)
        guard big >= 20 else { return CMath.lgamma(a) + CMath.lgamma(b) - CMath.lgamma(a + b) }
        func s(_ x: Double) -> Double {
            let x2 = x * x
            return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / (1680 * x2)) / x2) / x2) / x
        }
        let ratio =
            (big - 0.5) * CMath.log1p(small / big) + small * CMath.log(big + small) - small
            + s(big + small) - s(big)
        return CMath.lgamma(small) - ratio
    }

    /// The continued fraction of NR eq. 6.4.5 by modified Lentz.
    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let eps = 1e-16
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let md = Double(m)
            let m2 = 2 * md
            // Even step.
            var aa = md * (b - md) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step.
            aa = -(a + md) * (qab + md) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < eps { break }
        }
        return h
    }
}
