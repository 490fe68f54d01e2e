import OverheadFormat

extension RecordingDigest {
    /// The digest of a parsed recording: the same per-series, per-block and per-window figures the
    /// analysis computes from its samples (`LatencyTable`), without the histograms.
    public init(recording: Recording) {
        let table = LatencyTable(recording: recording, histogramBins: 0)
        let series = table.keys.sorted().map { key -> SeriesDigest in
            let entry = table.entry(key)!
            return SeriesDigest(
                statistics: entry.statistics,
                blocks: entry.blocks.keys.sorted().map { run in
                    let b = entry.blocks[run]!
                    return BlockDigest(run: run, mean: b.mean, p95: b.p95, p99: b.p99, count: b.count)
                },
                windows: (table.pairedWindows[key] ?? [:]).sorted { $0.key < $1.key }.map {
                    WindowDigest(run: $0.key, window: $0.value)
                })
        }
        self.init(
            manifest: recording.manifest, source: table.source, series: series, files: recording.files,
            perfLogs: recording.perfLogs, keptScales: table.selection.scales.kept,
            totalScales: table.selection.scales.total, keptOtherSeries: table.selection.otherSeries.kept,
            totalOtherSeries: table.selection.otherSeries.total)
    }
}
