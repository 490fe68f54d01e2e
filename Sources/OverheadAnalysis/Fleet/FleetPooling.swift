import Foundation
import OverheadStats

/// The random-effects pooling of one scale's host effects, and the leave-one-out check of each
/// host against the others' prediction interval. Pure; the fleet simulation tests call it directly.
///
/// A host is flagged when its own interval lies wholly outside the prediction interval computed
/// from the *other* hosts: judged against a prediction that includes it, an odd host widens τ²
/// and so the very interval it is judged by (one host at +10% among twenty at 2 ± 1% was flagged
/// in only about four fleets in five that way, against all of them leave-one-out; see the fleet
/// benchmark). Needs three other hosts (a prediction interval needs k ≥ 3).
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

    /// For host `index`: the prediction interval from the others and, when the host's own interval
    /// lies wholly outside it, on which side. nil prediction with fewer than three others.
    static func leaveOneOut(
        _ effects: [HostEffect], index: Int, confidence: Double, estimator: TauSquaredEstimator
    ) -> (prediction: MeanInterval?, outlier: FleetOutlier?) {
        var others = effects
        others.remove(at: index)
        guard others.count >= 3,
            let pooling = FleetPooling(others, confidence: confidence, estimator: estimator),
            let prediction = pooling.predictionInterval
        else { return (nil, nil) }
        let own = effects[index].interval(confidence: confidence)
        if own.lower > prediction.upper { return (prediction, .above) }
        if own.upper < prediction.lower { return (prediction, .below) }
        return (prediction, nil)
    }
}
