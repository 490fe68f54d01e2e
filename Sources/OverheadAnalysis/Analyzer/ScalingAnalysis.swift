import Foundation

/// How total overhead grows with the agent count.
enum ScalingAnalysis {
    /// Slope: OLS of per-block total overhead (percent) on agents, interval with n−2 df over the
    /// block points. Exponent: OLS of log(absolute overhead cost, ms) on log(agents) over the block
    /// points whose cost is positive; superlinear when its lower bound exceeds 1. nil with fewer
    /// than two scales.
    static func trend(_ scales: [ScaleMeasures], confidence: Double) -> ScalingTrend? {
        var x: [Double] = [], y: [Double] = []
        for s in scales {
            guard let total = s.total else { continue }
            if total.perBlockPercent.isEmpty {
                x.append(Double(s.agentCount)); y.append(total.estimate(confidence: confidence).value)
            } else {
                for (_, v) in total.perBlockPercent.sorted(by: { $0.key < $1.key }) { x.append(Double(s.agentCount)); y.append(v) }
            }
        }
        guard Set(x).count >= 2, let line = StatsBridge.linearFit(x: x, y: y) else { return nil }
        var lx: [Double] = [], ly: [Double] = []
        for s in scales {
            for (_, cost) in s.absoluteCostMs.sorted(by: { $0.key < $1.key }) where cost > 0 && s.agentCount > 0 {
                lx.append(log(Double(s.agentCount))); ly.append(log(cost))
            }
        }
        var exponent: Estimate?
        if Set(lx).count >= 2, let fit = StatsBridge.linearFit(x: lx, y: ly) {
            exponent = fit.slope.estimate(confidence: confidence)
        }
        return ScalingTrend(slopePerAgent: line.slope.estimate(confidence: confidence), growthExponent: exponent,
                            superlinear: (exponent?.lower ?? -.infinity) > 1)
    }
}
