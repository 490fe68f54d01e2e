import Foundation
import OverheadSimulation
import OverheadStats

/// The method choices compared on per-host estimates (`FleetSimulator.effects`, fast): τ² by REML
/// or DerSimonian–Laird; the pooled interval by HKSJ with max(1, q) (ours), plain HKSJ, or the
/// normal interval; odd hosts judged against the others' prediction interval (ours) or against
/// the prediction interval of all hosts, the odd one included.
enum MethodComparison {
    struct Row {
        var label: String
        var covers = 0
        var width = 0.0
        var predictionCovers = 0
        var fleets = 0
    }

    static func pooledIntervals(runSigma: Double, hosts: Int, fleets: Int, seed: UInt64) -> [Row] {
        let simulator = FleetSimulator(.init(seed: seed, hosts: hosts, runSigma: runSigma))
        let z = 1.959963984540054
        var rows = [
            Row(label: "REML, HKSJ with max(1, q) (used)"), Row(label: "REML, plain HKSJ"),
            Row(label: "REML, normal interval"), Row(label: "DL, HKSJ with max(1, q)"),
            Row(label: "DL, normal interval"),
        ]
        for fleet in 0..<fleets {
            let (truth, estimates) = simulator.effects(fleet: fleet)
            let y = estimates.map(\.theta)
            let v = estimates.map { $0.standardError * $0.standardError }
            guard let reml = RandomEffects.fit(estimates: y, variances: v),
                let dl = RandomEffects.fit(estimates: y, variances: v, estimator: .derSimonianLaird)
            else { continue }
            let truthTheta = Foundation.log1p(0.02)
            let freshTheta = Foundation.log1p(truth.freshPercent / 100)
            let t = StudentT.quantile(0.975, df: Double(hosts - 1))
            let plainSE = (reml.hksjFactor / reml.totalWeight).squareRoot()
            let intervals: [(Double, Double, RandomEffects)] = [
                (reml.estimate - t * reml.standardError, reml.estimate + t * reml.standardError, reml),
                (reml.estimate - t * plainSE, reml.estimate + t * plainSE, reml),
                (
                    reml.estimate - z / reml.totalWeight.squareRoot(),
                    reml.estimate + z / reml.totalWeight.squareRoot(), reml
                ),
                (dl.estimate - t * dl.standardError, dl.estimate + t * dl.standardError, dl),
                (dl.estimate - z / dl.totalWeight.squareRoot(), dl.estimate + z / dl.totalWeight.squareRoot(), dl),
            ]
            for (i, (lower, upper, fit)) in intervals.enumerated() {
                rows[i].fleets += 1
                if lower <= truthTheta, truthTheta <= upper { rows[i].covers += 1 }
                rows[i].width += 100 * (Foundation.expm1(upper) - Foundation.expm1(lower))
                if let p = fit.predictionInterval(confidence: 0.95), p.lower <= freshTheta, freshTheta <= p.upper {
                    rows[i].predictionCovers += 1
                }
            }
        }
        return rows
    }

    /// How often the +10% host is flagged, and how often a fleet shows a false flag, by the rule:
    /// the others' prediction interval at 1 − α/k (used), the others' at 95%, all hosts' at 95%.
    static func flagging(runSigma: Double, fleets: Int, seed: UInt64) -> [(String, Int, Int, Int)] {
        let oddSimulator = FleetSimulator(.init(seed: seed, oddHostPercent: 10, runSigma: runSigma))
        let plainSimulator = FleetSimulator(.init(seed: seed &+ 1, runSigma: runSigma))
        let rules: [(label: String, leaveOneOut: Bool, bonferroni: Bool)] = [
            ("the others' prediction interval at 1 − α/k (used)", true, true),
            ("the others' prediction interval at 95%", true, false),
            ("the prediction interval of all hosts at 95%", false, false),
        ]
        var counts = rules.map { _ in (0, 0) }  // (odd flagged, fleets with a false flag) per rule
        func ownInterval(_ e: FleetSimulator.HostEstimate) -> (Double, Double) {
            let t = StudentT.quantile(0.975, df: e.df)
            return (e.theta - t * e.standardError, e.theta + t * e.standardError)
        }
        func flagged(_ estimates: [FleetSimulator.HostEstimate], _ i: Int, leaveOneOut: Bool, bonferroni: Bool)
            -> Bool
        {
            var pool = estimates
            if leaveOneOut { pool.remove(at: i) }
            let level = bonferroni ? 1 - 0.05 / Double(estimates.count) : 0.95
            guard
                let fit = RandomEffects.fit(
                    estimates: pool.map(\.theta), variances: pool.map { $0.standardError * $0.standardError }),
                let p = fit.predictionInterval(confidence: level)
            else { return false }
            let (lower, upper) = ownInterval(estimates[i])
            return lower > p.upper || upper < p.lower
        }
        for fleet in 0..<fleets {
            let odd = oddSimulator.effects(fleet: fleet).estimates
            let plain = plainSimulator.effects(fleet: fleet).estimates
            for (r, rule) in rules.enumerated() {
                if flagged(odd, 0, leaveOneOut: rule.leaveOneOut, bonferroni: rule.bonferroni) { counts[r].0 += 1 }
                if plain.indices.contains(where: {
                    flagged(plain, $0, leaveOneOut: rule.leaveOneOut, bonferroni: rule.bonferroni)
                }) {
                    counts[r].1 += 1
                }
            }
        }
        return rules.indices.map { (rules[$0].label, counts[$0].0, counts[$0].1, fleets) }
    }
}
