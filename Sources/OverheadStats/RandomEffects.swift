/// A random-effects meta-analysis: k estimates yᵢ (one per host) with within variances vᵢ
/// (their squared standard errors), modelled as yᵢ = μ + uᵢ + εᵢ with uᵢ ~ N(0, τ²) the host's
/// own deviation and εᵢ ~ N(0, vᵢ) its measurement error.
///
/// - τ² by `TauSquaredEstimator` (REML by default); weights wᵢ* = 1/(vᵢ + τ²);
///   μ̂ = Σ wᵢ*yᵢ / Σ wᵢ*.
/// - Interval for μ: Hartung–Knapp–Sidik–Jonkman (Hartung & Knapp 2001, Stat Med 20:3875;
///   Sidik & Jonkman 2002, Stat Med 21:3153): μ̂ ± t_{(1+c)/2, k−1}·√(q*/Σ wᵢ*) with
///   q = Σ wᵢ*(yᵢ − μ̂)²/(k − 1), which keeps its coverage with few hosts where the normal
///   interval √(1/Σ wᵢ*)·z does not. We use the modification q* = max(1, q) (Knapp & Hartung
///   2003, Stat Med 22:2693; Röver, Knapp & Friede 2015, BMC Med Res Methodol 15:99): without
///   it, hosts that agree more closely than their own intervals suggest (q < 1; in the limit,
///   identical estimates, q = 0) would give an interval narrower than the within-host
///   uncertainty allows, down to zero width.
/// - Prediction interval for the true effect of a new host (Higgins, Thompson & Spiegelhalter
///   2009, J R Stat Soc A 172:137; Partlett & Riley 2017, Stat Med 36:301, with the HKSJ
///   variance): μ̂ ± t_{(1+c)/2, k−2}·√(τ² + SE²), SE the HKSJ standard error above; k ≥ 3.
/// - Heterogeneity: Cochran's Q with fixed-effect weights 1/vᵢ, and
///   I² = τ²/(τ² + s²) with s² = (k − 1)Σ wᵢ/((Σ wᵢ)² − Σ wᵢ²), wᵢ = 1/vᵢ, the "typical"
///   within variance (Higgins & Thompson 2002, Stat Med 21:1539): the share of the spread of
///   the estimates that is between hosts rather than measurement noise (with DL this equals
///   (Q − (k − 1))/Q; with REML it follows the τ² shown, as metafor reports it).
///
/// Assumptions: the vᵢ are treated as known (with few runs per host they are themselves noisy;
/// the HKSJ factor q absorbs part of that); true host effects are normal around μ.
public struct RandomEffects: Sendable, Equatable {
    /// Number of estimates pooled.
    public var k: Int
    public var estimator: TauSquaredEstimator
    /// Between-study variance τ², ≥ 0.
    public var tauSquared: Double
    /// μ̂, the weighted mean.
    public var estimate: Double
    /// Σ wᵢ* = Σ 1/(vᵢ + τ²).
    public var totalWeight: Double
    /// Cochran's Q with fixed-effect weights; k − 1 df under homogeneity.
    public var cochranQ: Double
    /// I² in [0, 1].
    public var iSquared: Double
    /// The HKSJ factor q = Σ wᵢ*(yᵢ − μ̂)²/(k − 1), before the max(1, q) modification.
    public var hksjFactor: Double

    /// Fits the model; nil with fewer than two estimates, mismatched lengths, or a value that is
    /// not finite or a variance that is not positive.
    public static func fit(
        estimates y: [Double], variances v: [Double], estimator: TauSquaredEstimator = .restrictedMaximumLikelihood
    ) -> RandomEffects? {
        guard y.count >= 2, y.count == v.count, y.allSatisfy(\.isFinite),
            v.allSatisfy({ $0.isFinite && $0 > 0 })
        else { return nil }
        let k = y.count
        let tau2 = estimator.tauSquared(estimates: y, variances: v)
        let w = v.map { 1 / ($0 + tau2) }
        let sw = w.reduce(0, +)
        let mu = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / sw
        let q = zip(w, y).reduce(0) { $0 + $1.0 * ($1.1 - mu) * ($1.1 - mu) } / Double(k - 1)
        let fixed = v.map { 1 / $0 }
        let sf = fixed.reduce(0, +)
        let sf2 = fixed.reduce(0) { $0 + $1 * $1 }
        let typical = Double(k - 1) * sf / (sf * sf - sf2)
        let i2 = tau2 > 0 && typical.isFinite ? tau2 / (tau2 + typical) : 0
        return RandomEffects(
            k: k, estimator: estimator, tauSquared: tau2, estimate: mu, totalWeight: sw,
            cochranQ: cochranQ(y, v), iSquared: i2, hksjFactor: q)
    }

    /// τ, the between-study standard deviation.
    public var tau: Double { tauSquared.squareRoot() }

    /// Degrees of freedom of the HKSJ interval, k − 1.
    public var df: Double { Double(k - 1) }

    /// The HKSJ standard error of μ̂ with the max(1, q) modification: √(max(1, q)/Σ wᵢ*).
    public var standardError: Double { (max(1, hksjFactor) / totalWeight).squareRoot() }

    /// μ̂ ± t_{(1+c)/2, k−1}·SE (HKSJ).
    public func confidenceInterval(confidence: Double) -> MeanInterval {
        MeanInterval(estimate: estimate, standardError: standardError, df: df, n: k, confidence: confidence)
    }

    /// The standard deviation behind the prediction interval, √(τ² + SE²).
    public var predictionStandardError: Double { (tauSquared + standardError * standardError).squareRoot() }

    /// μ̂ ± t_{(1+c)/2, k−2}·√(τ² + SE²); nil with fewer than three estimates (no df left).
    public func predictionInterval(confidence: Double) -> MeanInterval? {
        guard k >= 3 else { return nil }
        return MeanInterval(
            estimate: estimate, standardError: predictionStandardError, df: Double(k - 2), n: k,
            confidence: confidence)
    }

    /// Q = Σ (yᵢ − ȳ_w)²/vᵢ with ȳ_w the fixed-effect (inverse-variance) mean.
    static func cochranQ(_ y: [Double], _ v: [Double]) -> Double {
        let w = v.map { 1 / $0 }
        let sw = w.reduce(0, +)
        let mean = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / sw
        return zip(w, y).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
    }
}
