import OverheadFormat

extension RecordingSimulator {
    /// Mean latency of one series per block (run), in run order, with the runs they belong to:
    /// the per-block statistic the paired overhead estimator works on. (A static helper rather
    /// than an extension of `Recording`, so it cannot clash with the analyzer's own.)
    public static func blockMeans(_ recording: Recording, _ key: SeriesKey) -> (runs: [Int], means: [Double]) {
        guard let s = recording.series[key] else { return ([], []) }
        var sums: [Int: (Double, Int)] = [:]
        for i in 0..<s.count {
            let r = Int(s.run[i])
            let (sum, n) = sums[r, default: (0, 0)]
            sums[r] = (sum + s.elapsedMs[i], n + 1)
        }
        let runs = sums.keys.sorted()
        return (runs, runs.map { sums[$0]!.0 / Double(sums[$0]!.1) })
    }

    /// Per-block means of two series over the runs both have, aligned by run.
    public static func pairedBlockMeans(_ recording: Recording, baseline: SeriesKey, treatment: SeriesKey)
        -> (baseline: [Double], treatment: [Double]) {
        let b = blockMeans(recording, baseline), t = blockMeans(recording, treatment)
        let tByRun = Dictionary(uniqueKeysWithValues: zip(t.runs, t.means))
        var outB: [Double] = [], outT: [Double] = []
        for (run, mean) in zip(b.runs, b.means) {
            if let tm = tByRun[run] {
                outB.append(mean)
                outT.append(tm)
            }
        }
        return (outB, outT)
    }
}
