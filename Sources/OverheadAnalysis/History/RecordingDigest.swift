import OverheadFormat

/// What a history keeps of one recording instead of its raw samples: the manifest and, per series,
/// the pooled statistics and the mean, p95, p99 and count of every block (statistical run). Every
/// interval the analyzer and compare compute is a function of the block figures, so they are
/// recomputed from a digest exactly as from the results file (`RecordingDigest(recording:)`,
/// `Comparator.compare(old:new:)` with a digest, `RecordingFigures`).
public struct RecordingDigest: Sendable, Equatable {
    public var manifest: Manifest?
    public var source: DataSource
    /// Sorted by agent count, test, operation.
    public var series: [SeriesDigest]
    /// The results files and perf logs the recording was read from, as given.
    public var files: [String]
    public var perfLogs: [String]
    /// Which agent counts and non-suite series the analysis kept (`AnalysisLimits`) out of how many.
    public var keptScales: Int
    public var totalScales: Int
    public var keptOtherSeries: Int
    public var totalOtherSeries: Int

    public init(
        manifest: Manifest?, source: DataSource, series: [SeriesDigest], files: [String], perfLogs: [String],
        keptScales: Int, totalScales: Int, keptOtherSeries: Int, totalOtherSeries: Int
    ) {
        self.manifest = manifest
        self.source = source
        self.series = series
        self.files = files
        self.perfLogs = perfLogs
        self.keptScales = keptScales
        self.totalScales = totalScales
        self.keptOtherSeries = keptOtherSeries
        self.totalOtherSeries = totalOtherSeries
    }
}

/// One series of a digest: its statistics over every sample (without the histogram) and its blocks.
public struct SeriesDigest: Sendable, Equatable {
    public var statistics: SeriesStatistics
    /// In increasing run number; empty for summaries-only input.
    public var blocks: [BlockDigest]

    public init(statistics: SeriesStatistics, blocks: [BlockDigest]) {
        self.statistics = statistics
        self.blocks = blocks
    }

    public var key: SeriesKey {
        SeriesKey(testName: statistics.testName, operation: statistics.operation, agentCount: statistics.agentCount)
    }
}

/// One block (statistical run) of one series.
public struct BlockDigest: Sendable, Equatable {
    public var run: Int
    public var mean: Double
    public var p95: Double
    public var p99: Double
    public var count: Int

    public init(run: Int, mean: Double, p95: Double, p99: Double, count: Int) {
        self.run = run
        self.mean = mean
        self.p95 = p95
        self.p99 = p99
        self.count = count
    }
}
