import OverheadFormat

extension LatencyTable {
    /// The table a digest was made from: the same statistics, block figures and paired windows, so
    /// every estimate computed on it equals the one computed on the original recording.
    init(digest: RecordingDigest) {
        source = digest.source
        for s in digest.series {
            var blocks: [Int: BlockStats] = [:]
            for b in s.blocks { blocks[b.run] = BlockStats(mean: b.mean, p95: b.p95, p99: b.p99, count: b.count) }
            entries[s.key] = Entry(statistics: s.statistics, blocks: blocks)
            if !s.windows.isEmpty {
                pairedWindows[s.key] = Dictionary(
                    s.windows.map { ($0.run, $0.window) }, uniquingKeysWith: { first, _ in first })
            }
        }
        selection = Selection(
            keys: digest.series.map(\.key), scales: (digest.keptScales, digest.totalScales),
            otherSeries: (digest.keptOtherSeries, digest.totalOtherSeries))
    }
}
