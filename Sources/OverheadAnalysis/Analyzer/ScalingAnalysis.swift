import Foundation

/// How total overhead grows with the agent count.
enum ScalingAnalysis {
    /// Slope: OLS of per-block total overhead (percent) on agents, interval with n−2 df over the
    /// block points. Exponent: OLS of log(absolute overhead cost, ms) on log(agents) over the block
    /// points whose cost is positive; superlinear when its lower bound exceeds 1. nil with fewer
    /// than two scales.
    static func trend(_ scales: [ScaleMeasures], confidence: Double) -> ScalingTrend? {
        var x: [Double] = []
        var y: [Double] = []
        for s in scales {
            guard let total = s.total else { continue }
            if total.perBlockPercent.isEmpty {
                x.append(Double(s.agentCount))
                y.append(total.measured.value)
            } else {
                for (_, v) in total.perBlockPercent.sorted(by: { $0.key < $1.key }) {
                    x.append(Double(s.agentCount))
                    y.append(v)
                }
            }
        }
        guard Set(x).count >= 2, let slope = Measured.slope(x: x, y: y, confidence: confidence) else { return nil }
        var lx: [Double] = []
        var ly: [Double] = []
        for s in scales where s.agentCount > 0 {
            for (_, cost) in s.absoluteCostMs.sorted(by: { $0.key < $1.key }) where cost > 0 {
                lx.append(log(Double(s.agentCount)))
                ly.append(log(cost))
            }
        }
        let exponent =
            Set(lx).count >= 2
            ? Measured.slope(x: lx, y: ly, confidence: confidence)?.estimate(confidence: confidence) : nil
        return ScalingTrend(
            slopePerAgent: slope.estimate(confidence: confidence), growthExponent: exponent,
            superlinear: (exponent?.lower ?? -.infinity) > 1)
    }
}
