import Foundation

/// One overhead as a paired, per-block quantity. Each block b gives the ratio
/// r_b = scale · stat(treatment)_b / stat(reference)_b; the estimate is the t-interval over blocks
/// of log r_b, mapped back to percent. Logs make the multiplicative run-to-run noise symmetric and
/// the point estimate a geometric mean of the block ratios (no Jensen bias in one direction).
/// Assumption: blocks are independent; within a block both configurations see the same drift.
struct OverheadMeasure: Sendable {
    enum Kind: Sendable {
        /// (r − 1) · 100: an increase over the reference (total, metrics, tails, A/A).
        case increase
        /// r · 100: a cost expressed as a share of the reference (health, rate limiting per message).
        case share
    }

    var kind: Kind
    /// Mean of the per-block log ratios, with its standard error over blocks.
    var logRatio: IntervalEstimate
    /// Each block's overhead in percent, by run number; empty for summaries-only input.
    var perBlockPercent: [Int: Double]

    func percent(ofLog x: Double) -> Double {
        switch kind {
        case .increase: return (exp(x) - 1) * 100
        case .share: return exp(x) * 100
        }
    }

    func logLimit(percent: Double) -> Double {
        switch kind {
        case .increase: return log1p(percent / 100)
        case .share: return log(Swift.max(percent, 1e-12) / 100)
        }
    }

    func estimate(confidence: Double) -> Estimate {
        logRatio.transformed(confidence: confidence, percent(ofLog:))
    }

    /// Pairs the blocks (runs) both series have; falls back to the pooled means when neither has
    /// blocks (summaries only). nil when a series is missing or a ratio is not positive.
    static func paired(_ kind: Kind, reference: LatencyTable.Entry?, treatment: LatencyTable.Entry?, factor: Double = 1,
                       stat: (LatencyTable.BlockStats) -> Double, pooled: (SeriesStatistics) -> Double) -> OverheadMeasure? {
        guard let reference, let treatment else { return nil }
        let runs = Set(reference.blocks.keys).intersection(treatment.blocks.keys).sorted()
        var logs: [Double] = []
        var perBlock: [Int: Double] = [:]
        let probe = OverheadMeasure(kind: kind, logRatio: IntervalEstimate(mean: 0, standardError: nil, degreesOfFreedom: 0, n: 0), perBlockPercent: [:])
        for run in runs {
            let a = stat(reference.blocks[run]!), b = stat(treatment.blocks[run]!)
            guard a > 0, b > 0 else { continue }
            let l = log(factor * b / a)
            logs.append(l)
            perBlock[run] = probe.percent(ofLog: l)
        }
        if let est = StatsBridge.meanEstimate(logs) {
            return OverheadMeasure(kind: kind, logRatio: est, perBlockPercent: perBlock)
        }
        guard reference.blocks.isEmpty || treatment.blocks.isEmpty else { return nil }
        let a = pooled(reference.statistics), b = pooled(treatment.statistics)
        guard a > 0, b > 0, a.isFinite, b.isFinite else { return nil }
        return OverheadMeasure(kind: kind, logRatio: IntervalEstimate(mean: log(factor * b / a), standardError: nil, degreesOfFreedom: 0, n: 0),
                               perBlockPercent: [:])
    }
}
