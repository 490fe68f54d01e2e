import OverheadFormat
import OverheadStats

/// What a history keeps of one recording instead of its raw samples: the manifest and, per series,
/// the pooled statistics, the mean, p95, p99 and count of every block (statistical run) and, for the
/// operation under test of a paired window, each window's reduction (`PairedWindowEstimate.Window`).
/// Every interval the analyzer and compare compute is a function of these, so they are recomputed
/// from a digest exactly as from the results file (`RecordingDigest(recording:)`,
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
    /// True for a digest kept without its paired windows although the recording had them (stored
    /// before histories kept windows): its paired overheads are estimated from the block means, so
    /// they may differ from the analysis of the file.
    public var blockMeansOnly: Bool

    public init(
        manifest: Manifest?, source: DataSource, series: [SeriesDigest], files: [String], perfLogs: [String],
        keptScales: Int, totalScales: Int, keptOtherSeries: Int, totalOtherSeries: Int, blockMeansOnly: Bool = false
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
        self.blockMeansOnly = blockMeansOnly
    }
}

/// One series of a digest: its statistics over every sample (without the histogram), its blocks
/// and, when it is the operation under test of a paired window, its windows.
public struct SeriesDigest: Sendable, Equatable {
    public var statistics: SeriesStatistics
    /// In increasing run number; empty for summaries-only input.
    public var blocks: [BlockDigest]
    /// In increasing run number; empty unless the series was timed pair by pair beside a
    /// `paired_send` (`PairedWindows`).
    public var windows: [WindowDigest]

    public init(statistics: SeriesStatistics, blocks: [BlockDigest], windows: [WindowDigest] = []) {
        self.statistics = statistics
        self.blocks = blocks
        self.windows = windows
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

/// One paired window (the run's window) of one series: the two numbers the analyzer's estimate
/// reads (`PairedWindowEstimate.Window`) and its pair count.
public struct WindowDigest: Sendable, Equatable {
    public var run: Int
    public var window: PairedWindowEstimate.Window

    public init(run: Int, window: PairedWindowEstimate.Window) {
        self.run = run
        self.window = window
    }
}
