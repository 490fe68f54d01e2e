import OverheadFormat
import OverheadStats

/// One overhead as a paired, per-block quantity (`OverheadStats.PairedOverhead`): each block b
/// gives the baseline and treatment statistics of the same run; the estimate is the t-interval
/// over blocks of log(t_b/b_b), reported in percent (relative: 100·(e^θ − 1); scaled/additive:
/// 100·w·e^θ). Verdicts are made on the log scale, so they agree with the reported bounds.
struct OverheadMeasure: Sendable {
    var kind: PairedOverhead.Kind
    var measured: Measured
    /// Each block's overhead in percent by run number (plain ratio, for residuals and scaling
    /// points); empty for summaries-only input.
    var perBlockPercent: [Int: Double]

    func estimate(confidence: Double) -> Estimate { measured.estimate(confidence: confidence) }

    /// Pairs the blocks (runs) both series have; falls back to the pooled statistics when neither
    /// has blocks (summaries only). nil when a series is missing or no pair is usable.
    static func paired(
        _ kind: PairedOverhead.Kind, reference: LatencyTable.Entry?, treatment: LatencyTable.Entry?,
        confidence: Double, stat: (LatencyTable.BlockStats) -> Double,
        pooled: (SeriesStatistics) -> Double
    ) -> OverheadMeasure? {
        guard let reference, let treatment else { return nil }
        let runs = Set(reference.blocks.keys).intersection(treatment.blocks.keys).sorted()
        var base: [Double] = []
        var treat: [Double] = []
        var perBlock: [Int: Double] = [:]
        for run in runs {
            let b = stat(reference.blocks[run]!)
            let t = stat(treatment.blocks[run]!)
            guard b.isFinite, b > 0, t.isFinite, t > 0 else { continue }
            base.append(b)
            treat.append(t)
            perBlock[run] = kind.percent(baseline: b, treatment: t)
        }
        if let interval = PairedOverhead.interval(baseline: base, treatment: treat, kind: kind, confidence: confidence)
        {
            return OverheadMeasure(kind: kind, measured: Measured(interval), perBlockPercent: perBlock)
        }
        if base.count == 1 {
            return OverheadMeasure(
                kind: kind, measured: Measured(point: perBlock.values.first!, n: 1), perBlockPercent: perBlock)
        }
        guard reference.blocks.isEmpty || treatment.blocks.isEmpty else { return nil }
        let b = pooled(reference.statistics)
        let t = pooled(treatment.statistics)
        guard b.isFinite, b > 0, t.isFinite else { return nil }
        return OverheadMeasure(
            kind: kind, measured: Measured(point: kind.percent(baseline: b, treatment: t), n: 0), perBlockPercent: [:])
    }

    /// An added operation's cost above the call floor measured in the same windows (recordings
    /// timed inside the target): per block o_b = kind(b_b, t_b − f_b) with b, t, f the window
    /// means of the baseline send, the operation and the no-op call. The difference can be 0 or
    /// negative for a layer that does nothing, so the interval is the plain t-interval of the o_b
    /// (`PairedOverhead.Method.meanOfRatios`), not the log ratio.
    static func pairedAboveFloor(
        _ kind: PairedOverhead.Kind, reference: LatencyTable.Entry?, treatment: LatencyTable.Entry?,
        floor: LatencyTable.Entry, confidence: Double
    ) -> OverheadMeasure? {
        guard let reference, let treatment else { return nil }
        let runs = Set(reference.blocks.keys).intersection(treatment.blocks.keys).intersection(floor.blocks.keys)
        var base: [Double] = []
        var above: [Double] = []
        var perBlock: [Int: Double] = [:]
        for run in runs.sorted() {
            let b = reference.blocks[run]!.mean
            let t = treatment.blocks[run]!.mean - floor.blocks[run]!.mean
            guard b.isFinite, b > 0, t.isFinite else { continue }
            base.append(b)
            above.append(t)
            perBlock[run] = kind.percent(baseline: b, treatment: t)
        }
        if let interval = PairedOverhead.interval(
            baseline: base, treatment: above, kind: kind, confidence: confidence, method: .meanOfRatios)
        {
            return OverheadMeasure(kind: kind, measured: Measured(interval), perBlockPercent: perBlock)
        }
        guard let only = perBlock.values.first, perBlock.count == 1 else { return nil }
        return OverheadMeasure(kind: kind, measured: Measured(point: only, n: 1), perBlockPercent: perBlock)
    }

    /// From paired windows (`PairedWindowEstimate`): each window's 100·D/P, then the t-interval
    /// over the windows (one per block), n − 1 df. One window gives a point.
    static func pairedWithinWindows(_ windows: [Int: PairedWindowEstimate.Window], confidence: Double)
        -> OverheadMeasure?
    {
        var perBlock: [Int: Double] = [:]
        for (run, w) in windows where w.percent.isFinite { perBlock[run] = w.percent }
        let values = perBlock.keys.sorted().map { perBlock[$0]! }
        guard let measured = Measured.mean(values, confidence: confidence) else { return nil }
        return OverheadMeasure(kind: .relative, measured: measured, perBlockPercent: perBlock)
    }
}
