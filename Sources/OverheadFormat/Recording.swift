/// A results file (or several) and its perf log, parsed into compact columns for analysis.
/// Raw samples are kept per series as parallel arrays (no per-sample strings), so a
/// million-sample recording costs tens of megabytes, not gigabytes.
public struct Recording: Sendable, Equatable {
    public var manifest: Manifest?
    /// Non-warm-up raw samples per (test, operation, agent count).
    public var series: [SeriesKey: SeriesSamples]
    /// `"type": "statistics"` records as found (ours and the original tool's).
    public var summaries: [StatisticsSummary]
    public var windows: [WindowMark]
    public var blocks: [BlockPlan]
    public var conservation: [Conservation]
    public var failures: [OperationFailure]
    public var calibration: Calibration?
    public var decisions: [Decision]
    public var partial: PartialMarker?
    public var end: RunEnd?
    public var perf: [PerfSample]
    /// Warm-up samples seen and excluded.
    public var warmupSamples: Int
    /// Good records read (all types).
    public var recordsRead: Int
    /// Bad lines skipped; `diagnostics` holds the first of them.
    public var skippedLines: Int
    public var diagnostics: [Diagnostic]
    public var files: [String]
    public var perfLogs: [String]

    public init(
        manifest: Manifest? = nil, series: [SeriesKey: SeriesSamples] = [:], summaries: [StatisticsSummary] = [],
        windows: [WindowMark] = [], blocks: [BlockPlan] = [], conservation: [Conservation] = [],
        failures: [OperationFailure] = [], calibration: Calibration? = nil, decisions: [Decision] = [],
        partial: PartialMarker? = nil, end: RunEnd? = nil, perf: [PerfSample] = [], warmupSamples: Int = 0,
        recordsRead: Int = 0, skippedLines: Int = 0, diagnostics: [Diagnostic] = [], files: [String] = [],
        perfLogs: [String] = []
    ) {
        self.manifest = manifest
        self.series = series
        self.summaries = summaries
        self.windows = windows
        self.blocks = blocks
        self.conservation = conservation
        self.failures = failures
        self.calibration = calibration
        self.decisions = decisions
        self.partial = partial
        self.end = end
        self.perf = perf
        self.warmupSamples = warmupSamples
        self.recordsRead = recordsRead
        self.skippedLines = skippedLines
        self.diagnostics = diagnostics
        self.files = files
        self.perfLogs = perfLogs
    }
}

public struct SeriesKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var testName: String
    public var operation: String
    public var agentCount: Int

    public init(testName: String, operation: String, agentCount: Int) {
        self.testName = testName
        self.operation = operation
        self.agentCount = agentCount
    }

    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        (a.agentCount, a.testName, a.operation) < (b.agentCount, b.testName, b.operation)
    }

    public var description: String { "\(testName)/\(operation)@\(agentCount)" }
}

/// Parallel arrays: sample i is (elapsedMs[i], run[i], iteration[i]).
public struct SeriesSamples: Sendable, Equatable {
    public var elapsedMs: [Double]
    public var run: [Int32]
    public var iteration: [Int32]

    public init(elapsedMs: [Double] = [], run: [Int32] = [], iteration: [Int32] = []) {
        self.elapsedMs = elapsedMs
        self.run = run
        self.iteration = iteration
    }

    public var count: Int { elapsedMs.count }

    public mutating func append(elapsedMs e: Double, run r: Int, iteration i: Int) {
        elapsedMs.append(e)
        run.append(Int32(truncatingIfNeeded: r))
        iteration.append(Int32(truncatingIfNeeded: i))
    }
}

/// A bad input line: `file:line: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Error {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
