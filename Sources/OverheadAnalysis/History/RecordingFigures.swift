import OverheadFormat

/// The total overhead of one agent count in one recording, as the analysis reports it.
public struct ScaleFigure: Sendable, Equatable {
    public var agentCount: Int
    /// Full integration vs baseline send, percent, with its interval; nil when not measurable.
    public var overhead: Estimate?

    public init(agentCount: Int, overhead: Estimate?) {
        self.agentCount = agentCount
        self.overhead = overhead
    }
}

/// Per-recording figures recomputed from a digest by the analyzer's own code (`LatencyTable`,
/// `ScaleMeasures`, `ScaleOverhead`, the paired windows' `PairedWindowEstimate`), so they equal
/// those of `Analyzer.analyze` on the original recording.
public enum RecordingFigures {
    /// The series the total overhead is computed from: a digest holding only these gives the same
    /// figures (the history report reads no others).
    public static let series = [SuiteDesign.baselineSend, OverheadComponent.total.treatment]

    /// The total overhead at every agent count that has a baseline, ascending.
    public static func overheads(_ digest: RecordingDigest, options: AnalysisOptions = AnalysisOptions())
        -> [ScaleFigure]
    {
        scales(digest, options: options).map { ScaleFigure(agentCount: $0.agentCount, overhead: $0.total) }
    }

    /// Every agent count's overheads (total, components, tails) as `Analyzer.analyze` reports them
    /// in `AnalysisResult.scales`, from the digest's block figures and paired windows.
    public static func scales(_ digest: RecordingDigest, options: AnalysisOptions = AnalysisOptions())
        -> [ScaleOverhead]
    {
        let table = LatencyTable(digest: digest)
        return table.agentCounts.filter { table[SuiteDesign.baselineSend, agents: $0] != nil }.map { n in
            ScaleOverhead(
                ScaleMeasures(table: table, agents: n, options: options), table: table, options: options,
                targetKind: digest.manifest?.target.kind,
                syntheticLayerCpuNs: digest.manifest?.config.syntheticLayerCpuNs)
        }
    }
}
