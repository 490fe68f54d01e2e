import OverheadStats

/// Builds a history report: per agent count the recordings' total overhead in time order, and its
/// change points by E-Divisive means with a permutation test (`EDivisive`). Pure.
public enum HistoryAnalysis {
    public static func report(
        _ entries: [HistoryEntry], baselines: [(name: String, id: Int64)] = [], confidence: Double = 0.95,
        changePoints options: ChangePointOptions = ChangePointOptions()
    ) -> HistoryReport {
        let ordered = entries.sorted { ($0.unixTime, $0.id) < ($1.unixTime, $1.id) }
        var byScale: [Int: [HistoryPoint]] = [:]
        for entry in ordered {
            for figure in entry.figures {
                guard let overhead = figure.overhead, overhead.value.isFinite else { continue }
                byScale[figure.agentCount, default: []].append(
                    HistoryPoint(recordingID: entry.id, unixTime: entry.unixTime, overhead: overhead))
            }
        }
        let series = byScale.keys.sorted().map { n in
            let points = byScale[n]!
            return HistorySeries(
                agentCount: n, points: points,
                changePoints: changePoints(
                    points.map(\.overhead.value), ids: points.map(\.recordingID),
                    confidence: confidence, options: options))
        }
        return HistoryReport(
            entries: ordered, series: series, baselines: baselines, confidence: confidence,
            changePointOptions: options)
    }

    /// The change points of one series with the segments' estimates around each.
    static func changePoints(
        _ values: [Double], ids: [Int64], confidence: Double, options: ChangePointOptions
    ) -> [HistoryChangePoint] {
        let found = EDivisive.changePoints(
            values,
            options: EDivisive.Options(
                significance: options.significance, permutations: options.permutations,
                minimumSegment: options.minimumSegment, seed: options.seed))
        let cuts = [0] + found.map(\.index) + [values.count]
        return found.enumerated().map { k, point in
            let before = Array(values[cuts[k]..<cuts[k + 1]])
            let after = Array(values[cuts[k + 1]..<cuts[k + 2]])
            return HistoryChangePoint(
                recordingID: ids[point.index], index: point.index,
                before: mean(before, confidence: confidence), after: mean(after, confidence: confidence),
                change: difference(before, after, confidence: confidence), pValue: point.pValue,
                statistic: point.statistic)
        }
    }

    static func mean(_ xs: [Double], confidence: Double) -> Estimate {
        Measured.mean(xs, confidence: confidence)!.estimate(confidence: confidence)
    }

    static func difference(_ a: [Double], _ b: [Double], confidence: Double) -> Estimate {
        if let i = MeanInterval.welchDifference(a, b, confidence: confidence) {
            return Measured(i).estimate(confidence: confidence)
        }
        let m = { (xs: [Double]) in xs.reduce(0, +) / Double(xs.count) }
        return Estimate(value: m(b) - m(a), lower: nil, upper: nil, confidence: confidence, n: min(a.count, b.count))
    }
}
