import OverheadFormat

extension LatencyTable {
    /// The table a digest was made from: the same statistics and block figures, so every
    /// estimate computed on it equals the one computed on the original recording.
    init(digest: RecordingDigest) {
        source = digest.source
        for s in digest.series {
            var blocks: [Int: BlockStats] = [:]
            for b in s.blocks { blocks[b.run] = BlockStats(mean: b.mean, p95: b.p95, p99: b.p99, count: b.count) }
            entries[s.key] = Entry(statistics: s.statistics, blocks: blocks)
        }
        selection = Selection(
            keys: digest.series.map(\.key), scales: (digest.keptScales, digest.totalScales),
            otherSeries: (digest.keptOtherSeries, digest.totalOtherSeries))
    }
}
