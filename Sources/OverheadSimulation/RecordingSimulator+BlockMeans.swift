import OverheadFormat

extension RecordingSimulator {
    /// Mean latency of one series per block (run), in run order, with the runs they belong to:
    /// the per-block statistic the paired overhead estimator works on. (A static helper rather
    /// than an extension of `Recording`, so it cannot clash with the analyzer's own.)
    public static func blockMeans(_ recording: Recording, _ key: SeriesKey) -> (runs: [Int], means: [Double]) {
        guard let s = recording.series[key] else { return ([], []) }
        var sums: [Int: (sum: Double, count: Int)] = [:]
        var runStart = 0
        // Samples of one run are contiguous in a recording: sum each stretch, then merge by run.
        while runStart < s.count {
            let run = s.run[runStart]
            var end = runStart
            var sum = 0.0
            while end < s.count, s.run[end] == run {
                sum += s.elapsedMs[end]
                end += 1
            }
            let old = sums[Int(run)] ?? (0, 0)
            sums[Int(run)] = (old.sum + sum, old.count + end - runStart)
            runStart = end
        }
        let runs = sums.keys.sorted()
        return (runs, runs.map { sums[$0]!.sum / Double(sums[$0]!.count) })
    }

    /// Any statistic of one series per block (e.g. a percentile), in run order.
    public static func blockStatistics(
        _ recording: Recording, _ key: SeriesKey,
        _ statistic: ([Double]) -> Double
    ) -> (runs: [Int], means: [Double]) {
        guard let s = recording.series[key] else { return ([], []) }
        var byRun: [Int: [Double]] = [:]
        for i in 0..<s.count { byRun[Int(s.run[i]), default: []].append(s.elapsedMs[i]) }
        let runs = byRun.keys.sorted()
        return (runs, runs.map { statistic(byRun[$0]!) })
    }

    /// Per-block means (or another statistic) of two series over the runs both have, aligned by run.
    public static func pairedBlockMeans(
        _ recording: Recording, baseline: SeriesKey, treatment: SeriesKey,
        statistic: (([Double]) -> Double)? = nil
    )
        -> (baseline: [Double], treatment: [Double])
    {
        let b = statistic.map { blockStatistics(recording, baseline, $0) } ?? blockMeans(recording, baseline)
        let t = statistic.map { blockStatistics(recording, treatment, $0) } ?? blockMeans(recording, treatment)
        let tByRun = Dictionary(uniqueKeysWithValues: zip(t.runs, t.means))
        var outB: [Double] = []
        var outT: [Double] = []
        for (run, mean) in zip(b.runs, b.means) {
            if let tm = tByRun[run] {
                outB.append(mean)
                outT.append(tm)
            }
        }
        return (outB, outT)
    }
}
