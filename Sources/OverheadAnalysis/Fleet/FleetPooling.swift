import Foundation
import OverheadStats

/// The random-effects pooling of one scale's host effects, and the leave-one-out check of each
/// host against the others' prediction interval. Pure; the fleet simulation tests call it directly.
///
/// A host is flagged when its own interval (the analyzer's, at the report's confidence) lies wholly
/// outside the prediction interval computed from the *other* hosts at confidence 1 − α/k, k the
/// hosts pooled (Bonferroni). Leaving the host out matters with few hosts: judged against a
/// prediction that includes it, an odd host widens τ² and so the very interval it is judged by.
/// The Bonferroni level matters with many: every host is checked, and at the plain 95% level about
/// one ordinary host in a hundred was flagged, a false flag in one fleet of twenty hosts in five; at
/// 1 − α/k in about one in fifty (the fleet benchmark compares the rules). Needs three other hosts
/// (a prediction needs k ≥ 3).
struct FleetPooling {
    var fit: RandomEffects
    var confidence: Double

    init?(_ effects: [HostEffect], confidence: Double, estimator: TauSquaredEstimator = .restrictedMaximumLikelihood) {
        guard
            let fit = RandomEffects.fit(
                estimates: effects.map(\.theta), variances: effects.map { $0.standardError * $0.standardError },
                estimator: estimator)
        else { return nil }
        self.fit = fit
        self.confidence = confidence
    }

    /// The pooled estimate with its HKSJ interval, on the percent scale.
    var pooledInterval: MeanInterval {
        MeanInterval(
            logScale: HostEffect.logScale(fit.estimate, fit.standardError), df: fit.df, n: fit.k,
            confidence: confidence)
    }

    /// The prediction interval for a new host's true overhead, on the percent scale; nil for k < 3.
    var predictionInterval: MeanInterval? {
        guard fit.k >= 3 else { return nil }
        return MeanInterval(
            logScale: HostEffect.logScale(fit.estimate, fit.predictionStandardError), df: Double(fit.k - 2),
            n: fit.k, confidence: confidence)
    }

    /// τ in percentage points at the pooled estimate: 100·e^μ̂·τ_θ.
    var tauPoints: Double { 100 * Foundation.exp(fit.estimate) * fit.tau }

    /// Each host's share of the random-effects weight, percent.
    func weightPercents(_ effects: [HostEffect]) -> [Double] {
        effects.map { 100 / (($0.standardError * $0.standardError + fit.tauSquared) * fit.totalWeight) }
    }

    var summary: FleetPooled {
        FleetPooled(
            hosts: fit.k, estimate: Measured(pooledInterval).estimate(confidence: confidence),
            prediction: predictionInterval.map { Measured($0).estimate(confidence: confidence) },
            tauPoints: tauPoints, tauLog: fit.tau, iSquaredPercent: fit.iSquared * 100, cochranQ: fit.cochranQ)
    }

    /// The confidence of the others' prediction interval in the odd-host check: 1 − α/k.
    static func oddHostConfidence(_ confidence: Double, hosts k: Int) -> Double {
        1 - (1 - confidence) / Double(max(k, 1))
    }

    /// For host `index`: the prediction interval from the others (at `oddHostConfidence`) and, when
    /// the host's own interval at `confidence` lies wholly outside it, on which side. nil prediction
    /// with fewer than three others.
    static func leaveOneOut(
        _ effects: [HostEffect], index: Int, confidence: Double, estimator: TauSquaredEstimator
    ) -> (prediction: MeanInterval?, outlier: FleetOutlier?) {
        var others = effects
        others.remove(at: index)
        let level = oddHostConfidence(confidence, hosts: effects.count)
        guard others.count >= 3,
            let pooling = FleetPooling(others, confidence: level, estimator: estimator),
            let prediction = pooling.predictionInterval
        else { return (nil, nil) }
        let own = effects[index].interval(confidence: confidence)
        if own.lower > prediction.upper { return (prediction, .above) }
        if own.upper < prediction.lower { return (prediction, .below) }
        return (prediction, nil)
    }
}
