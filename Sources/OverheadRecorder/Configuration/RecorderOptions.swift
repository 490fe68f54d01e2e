import ArgumentParser
import OverheadFormat

/// The command line. Every value is optional here so `resolve` can tell "not given" (fall back to
/// the environment variable, then the default) from "given".
public struct RecorderOptions: ParsableCommand, Sendable {
    public static let configuration = CommandConfiguration(
        commandName: "overhead-record",
        abstract: "Run the Phase 1 overhead suite on a message bus and write raw JSONL samples and a perf log.",
        discussion: """
            Examples:
              overhead-record --quick                        smoke run on the embedded bus
              overhead-record --sample-interval 0.05         the default suite, resources sampled often
              overhead-record --target shell --lib ./bus-lib --until-decided --timeout 600

            Environment variables (a flag wins over its variable): BENCHMARK_ITERATIONS, SCALE_LEVELS, \
            STATISTICAL_RUNS, BENCHMARK_RESULTS_FILE, PERF_LOG, BENCHMARK_TIMEOUT, LATENCY_REGRESSION_THRESHOLD.
            Exit codes: 0 complete, 2 usage or configuration error, 3 I/O error (results kept), \
            4 stopped early by timeout or latency early-exit (results kept), 130 SIGINT, 143 SIGTERM.
            """,
        version: Schema.toolVersion)

    @Option(
        name: .long,
        help:
            """
            Operations per test window (\(EnvironmentVariable.iterations.rawValue); default: enough for \
            --min-window-ms, from a pilot, and at least \(RecorderDefaults.iterations)).
            """)
    public var iterations: Int?

    @Option(
        name: .customLong("min-window-ms"),
        help: """
            Without --iterations: size each window to last at least this many ms, from a pilot \
            (default \(DefaultText.number(RecorderDefaults.minimumWindowMs))).
            """)
    public var minWindowMs: Double?

    @Option(
        name: .customLong("synthetic-layer-ns"),
        help: """
            Native target: add a layer of known cost, a busy-wait of N ns of the thread's CPU time, \
            measured on its own and as part of the full operation (calibrates what this host can resolve).
            """)
    public var syntheticLayerNs: Int?

    @Option(
        name: .long,
        help: """
            Agent counts, space or comma separated (\(EnvironmentVariable.scaleLevels.rawValue); \
            default "\(DefaultText.list(RecorderDefaults.scaleLevels))").
            """)
    public var scales: String?

    @Option(
        name: .long,
        help: """
            Measured blocks per scale (\(EnvironmentVariable.statisticalRuns.rawValue); \
            default \(RecorderDefaults.statisticalRuns)).
            """)
    public var runs: Int?

    @Option(
        name: .long,
        help: "Results file (\(EnvironmentVariable.resultsFile.rawValue); default \(RecorderDefaults.resultsPath)).")
    public var results: String?

    @Option(
        name: .customLong("perf-log"),
        help: "Resource log (\(EnvironmentVariable.perfLog.rawValue); default \(RecorderDefaults.perfLogPath)).")
    public var perfLog: String?

    @Option(name: .long, help: "Global time budget in seconds (\(EnvironmentVariable.timeout.rawValue); default none).")
    public var timeout: Double?

    @Option(
        name: .customLong("latency-threshold"),
        help: """
            Stop when a test window's mean exceeds this many ms (\(EnvironmentVariable.latencyThreshold.rawValue); \
            default off).
            """)
    public var latencyThreshold: Double?

    @Flag(
        name: .long,
        help: """
            Smoke-test preset: scales \(DefaultText.list(RecorderDefaults.quickScaleLevels)), \
            \(RecorderDefaults.quickIterations) iterations, \(RecorderDefaults.quickStatisticalRuns) runs \
            (explicit flags still win).
            """)
    public var quick = false

    @Option(
        name: .long,
        help: """
            Driver threads running agents' loops at once; 1 is the original's sequential loop \
            (default \(RecorderDefaults.concurrency)).
            """)
    public var concurrency: Int?

    @Option(
        name: .customLong("sample-interval"),
        help: """
            Resource sampling interval in seconds, fractional allowed \
            (default \(DefaultText.number(RecorderDefaults.sampleIntervalSeconds))).
            """)
    public var sampleInterval: Double?

    @Option(
        name: .customLong("bus-dir"),
        help: """
            File system for the private bus directory (default \(RecorderDefaults.busParent), \
            else $TMPDIR, else \(RecorderDefaults.lastResortBusParent)).
            """)
    public var busDir: String?

    @Flag(name: .long, help: "No progress output on stderr.")
    public var quiet = false

    @Option(name: .long, help: "Seed of the randomised block order (default: random, written to the manifest).")
    public var seed: UInt64?

    @Option(
        name: .customLong("warmup-runs"),
        help: "Warm-up blocks per scale, excluded from statistics (default \(RecorderDefaults.warmupRuns)).")
    public var warmupRuns: Int?

    @Option(
        name: .customLong("target-overhead"),
        help: "Overhead target in percent (default \(DefaultText.number(RecorderDefaults.targetOverheadPercent))).")
    public var targetOverhead: Double?

    @Option(
        name: .long,
        help: """
            Confidence level of the stopping rule, in (0, 1) \
            (default \(DefaultText.number(RecorderDefaults.confidence))).
            """)
    public var confidence: Double?

    @Flag(
        name: .customLong("strict-plan"),
        help: "Refuse to start a plan that overfills inboxes (warn otherwise).")
    public var strictPlan = false

    @Flag(
        name: .customLong("until-decided"),
        help: "Keep adding blocks per scale until every overhead criterion is decided.")
    public var untilDecided = false

    @Option(
        name: .customLong("max-runs"),
        help: """
            With --until-decided: most measured blocks per scale \
            (default the larger of \(RecorderDefaults.maxRuns) and --runs).
            """)
    public var maxRuns: Int?

    @Option(
        name: .long,
        help: """
            Bus to measure: native (the embedded bus) or shell (a bash library) \
            (default \(RecorderDefaults.target.rawValue)).
            """)
    public var target: String?

    @Option(name: .customLong("lib"), help: "Shell target: directory holding the bash libraries.")
    public var libraryDirectory: String?

    @Option(
        name: .customLong("lib-file"),
        help: "Shell target: NAME=PATH for a library with another file name (repeatable).")
    public var libraryFiles: [String] = []

    @Option(
        name: .customLong("call-timeout"),
        help: """
            Shell target: seconds before a call fails and is killed \
            (default \(DefaultText.number(RecorderDefaults.callTimeoutSeconds))); sourcing the library \
            may take as long, but at least \(DefaultText.number(RecorderDefaults.minimumSourcingSeconds)) s.
            """)
    public var callTimeout: Double?

    @Flag(
        name: .long,
        help: """
            After the measured blocks, profile each layer function (shell: bash xtrace; native: phase \
            timestamps) and write the profile file.
            """)
    public var profile = false

    @Option(
        name: .customLong("profile-calls"),
        help: "With --profile: traced calls per layer function (default \(ProfileSettings.defaultCalls)).")
    public var profileCalls: Int?

    @Option(
        name: .customLong("profile-out"),
        help: "With --profile: the profile file (default: the results file's name with .profile.jsonl).")
    public var profileOut: String?

    @Flag(
        name: .customLong("measure-recorder-cost"),
        help: "Measure the recorder's own cost per sample and the monitor's CPU share, print them, and exit.")
    public var measureRecorderCost = false

    @OptionGroup(title: "System under test") public var sut: SUTOptions

    public init() {}
}
