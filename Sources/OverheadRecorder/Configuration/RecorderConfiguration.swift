import OverheadFormat

/// Everything the recorder needs to run, after flags, environment variables and defaults have
/// been combined. Built by `RecorderConfiguration.resolve`, which is pure and unit-tested.
public struct RecorderConfiguration: Sendable, Equatable {
    /// Which bus the suite drives.
    public enum TargetKind: String, Sendable, Equatable, CaseIterable {
        case native, shell
    }

    /// The part written into the manifest.
    public var run: RunConfiguration
    public var resultsPath: String
    public var perfLogPath: String
    /// Folder under which the private bus directory is created.
    public var busParent: String
    /// `--until-decided`: stop adding blocks after this many non-warm-up runs per scale.
    public var maxRuns: Int
    public var quiet: Bool
    public var target: TargetKind
    public var libraryDirectory: String?
    public var libraryFiles: [String: String]
    public var callTimeoutSeconds: Double
    /// `--strict-plan`: refuse a plan that overfills inboxes instead of warning.
    public var strictPlan = false
    /// `--profile`: the profiling phase after the measured blocks; nil without it.
    public var profile: ProfileSettings?
    /// Background workers and the soak phase.
    public var sut = SUTConfiguration()
    /// Without a given iteration count: the window duration the pilot sizes iterations for (ms).
    /// The manifest records it (`RunConfiguration.minimumWindowMs`) once the pilot has used it.
    public var minimumWindowMs: Double?

    public init(
        run: RunConfiguration, resultsPath: String, perfLogPath: String, busParent: String, maxRuns: Int,
        quiet: Bool, target: TargetKind, libraryDirectory: String?, libraryFiles: [String: String],
        callTimeoutSeconds: Double
    ) {
        self.run = run
        self.resultsPath = resultsPath
        self.perfLogPath = perfLogPath
        self.busParent = busParent
        self.maxRuns = maxRuns
        self.quiet = quiet
        self.target = target
        self.libraryDirectory = libraryDirectory
        self.libraryFiles = libraryFiles
        self.callTimeoutSeconds = callTimeoutSeconds
    }
}

/// The original tool's defaults, and the `--quick` preset of its smoke test.
public enum RecorderDefaults {
    /// Messages an inbox holds before the original library evicts or refuses (`MAX_INBOX_SIZE`).
    public static let inboxCapacity = 1000
    public static let scaleLevels = [1, 10, 100]
    public static let iterations = 100
    /// Without a given iteration count, windows are sized from the pilot to last at least this long.
    public static let minimumWindowMs = 50.0
    /// The longest `--synthetic-layer-ns`: 10 ms per call.
    public static let maximumSyntheticLayerNs = 10_000_000
    public static let statisticalRuns = 5
    public static let warmupRuns = 1
    public static let resultsPath = "/dev/shm/phase1-overhead-results.jsonl"
    public static let perfLogPath = "/dev/shm/phase1-overhead-perf.log"
    public static let busParent = "/dev/shm"
    /// Where the bus directory goes when `busParent` is missing and TMPDIR is unset or missing.
    public static let lastResortBusParent = "/tmp"
    public static let sampleIntervalSeconds = 1.0
    public static let concurrency = 1
    public static let targetOverheadPercent = 1.0
    public static let confidence = 0.95
    /// `--max-runs` without the flag is the larger of this and the number of runs.
    public static let maxRuns = 50
    public static let callTimeoutSeconds = 10.0
    /// Sourcing the shell library may take the call timeout, but never less than this many seconds.
    public static let minimumSourcingSeconds = 5.0
    public static let target = RecorderConfiguration.TargetKind.native

    public static let quickScaleLevels = [1, 3]
    public static let quickIterations = 20
    public static let quickStatisticalRuns = 2
}

/// The original's environment variables; a flag always wins over its variable.
public enum EnvironmentVariable: String, CaseIterable, Sendable {
    case iterations = "BENCHMARK_ITERATIONS"
    case scaleLevels = "SCALE_LEVELS"
    case statisticalRuns = "STATISTICAL_RUNS"
    case resultsFile = "BENCHMARK_RESULTS_FILE"
    case perfLog = "PERF_LOG"
    case timeout = "BENCHMARK_TIMEOUT"
    case latencyThreshold = "LATENCY_REGRESSION_THRESHOLD"
}
