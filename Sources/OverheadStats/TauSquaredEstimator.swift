/// How a random-effects model estimates τ², the variance of the true effects between studies
/// (hosts), from estimates yᵢ with within-study variances vᵢ and weights wᵢ(τ²) = 1/(vᵢ + τ²).
///
/// - `.restrictedMaximumLikelihood` (REML, the one the fleet analysis uses): the τ² ≥ 0 that
///   maximises the restricted log-likelihood
///   ℓ_R(τ²) = −½ Σ log(vᵢ + τ²) − ½ log Σ wᵢ − ½ Σ wᵢ(yᵢ − μ̂)², μ̂ = Σ wᵢyᵢ/Σ wᵢ,
///   found as the root of its score
///   S(τ²) = ½[Σ wᵢ²(yᵢ − μ̂)² − Σ wᵢ + Σ wᵢ²/Σ wᵢ]
///   by Fisher scoring from the DL value, τ² ← τ² + 2S/tr(P²) with
///   tr(P²) = Σ wᵢ² − 2Σ wᵢ³/Σ wᵢ + (Σ wᵢ²)²/(Σ wᵢ)², falling back to bracketing and bisection
///   when it does not settle; τ² = 0 when S(0) ≤ 0 (Viechtbauer 2005, J Educ Behav Stat 30:261;
///   metafor's `method = "REML"`). REML is one of the two estimators recommended by
///   Veroniki et al. 2016 (Res Synth Methods 7:55) and Langan et al. 2019 (Res Synth Methods
///   10:83), and the one Partlett & Riley 2017 (Stat Med 36:301) pair with the Hartung–Knapp
///   variance and t with k − 2 df for the prediction interval.
/// - `.derSimonianLaird` (DL, kept for comparison): the method of moments
///   τ² = max(0, (Q − (k − 1))/(Σ wᵢ − Σ wᵢ²/Σ wᵢ)) with fixed-effect weights wᵢ = 1/vᵢ and
///   Cochran's Q = Σ wᵢ(yᵢ − ȳ_w)² (DerSimonian & Laird 1986). It underestimates τ² when the
///   within variances differ much, which is why it is not the default.
public enum TauSquaredEstimator: String, Sendable, Equatable, CaseIterable {
    case restrictedMaximumLikelihood = "REML"
    case derSimonianLaird = "DL"

    /// τ² ≥ 0 for `estimates` with `variances` (all finite, variances > 0, at least two).
    public func tauSquared(estimates y: [Double], variances v: [Double]) -> Double {
        switch self {
        case .derSimonianLaird: return Self.derSimonianLaird(y, v)
        case .restrictedMaximumLikelihood: return Self.reml(y, v)
        }
    }

    static func derSimonianLaird(_ y: [Double], _ v: [Double]) -> Double {
        let w = v.map { 1 / $0 }
        let sw = w.reduce(0, +)
        let sw2 = w.reduce(0) { $0 + $1 * $1 }
        let q = RandomEffects.cochranQ(y, v)
        let c = sw - sw2 / sw
        guard c > 0 else { return 0 }
        return max(0, (q - Double(y.count - 1)) / c)
    }

    /// The REML score S(τ²) (up to the factor ½, which does not move its root).
    static func remlScore(_ y: [Double], _ v: [Double], tau2: Double) -> Double {
        let w = v.map { 1 / ($0 + tau2) }
        let sw = w.reduce(0, +)
        let mu = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / sw
        var weightedSquares = 0.0
        var sw2 = 0.0
        for (wi, yi) in zip(w, y) {
            weightedSquares += wi * wi * (yi - mu) * (yi - mu)
            sw2 += wi * wi
        }
        return weightedSquares - sw + sw2 / sw
    }

    static func reml(_ y: [Double], _ v: [Double]) -> Double {
        guard remlScore(y, v, tau2: 0) > 0 else { return 0 }
        if let scored = fisherScoring(y, v) { return scored }
        return bisection(y, v)
    }

    /// Fisher scoring from the DL estimate; nil when it leaves τ² > 0 or fails to converge in 100 steps.
    static func fisherScoring(_ y: [Double], _ v: [Double]) -> Double? {
        var tau2 = derSimonianLaird(y, v)
        for _ in 0..<100 {
            let w = v.map { 1 / ($0 + tau2) }
            let sw = w.reduce(0, +)
            let sw2 = w.reduce(0) { $0 + $1 * $1 }
            let sw3 = w.reduce(0) { $0 + $1 * $1 * $1 }
            let information = sw2 - 2 * sw3 / sw + sw2 * sw2 / (sw * sw)
            guard information > 0 else { return nil }
            let next = max(0, tau2 + remlScore(y, v, tau2: tau2) / information)
            guard next.isFinite else { return nil }
            if abs(next - tau2) <= 1e-15 * max(next, 1e-300) || next == tau2 {
                return next > 0 ? next : nil
            }
            tau2 = next
        }
        return nil
    }

    /// The score's root by bracketing (doubling) and bisection to the last bit.
    static func bisection(_ y: [Double], _ v: [Double]) -> Double {
        // Bracket the root: the score is positive at 0 and negative once τ² dwarfs the spread of y.
        let mean = y.reduce(0, +) / Double(y.count)
        let spread = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        var lower = 0.0
        var upper = max(spread, v.max() ?? 0, Double.leastNormalMagnitude)
        var doublings = 0
        while remlScore(y, v, tau2: upper) > 0, doublings < 200 {
            lower = upper
            upper *= 2
            doublings += 1
        }
        for _ in 0..<200 {
            let middle = (lower + upper) / 2
            guard middle > lower, middle < upper else { break }
            if remlScore(y, v, tau2: middle) > 0 { lower = middle } else { upper = middle }
        }
        return (lower + upper) / 2
    }
}
