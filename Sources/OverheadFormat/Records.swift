/// The record types of a results file (JSON Lines, one object per line).
///
/// Every record has a `"type"` field, except that a raw sample written by the original shell
/// tool has none; readers treat a typed-less object with `elapsed_ms` as a sample.
/// Versioning rule: `schemaVersion` grows when a field changes meaning or a required field is
/// added; new optional fields and new record types do not bump it, and readers skip record
/// types they do not know (with a diagnostic).
public enum Schema {
    public static let version = 1
    public static let toolVersion = "0.1.0"
}

/// One line of a results file.
public enum Record: Sendable, Equatable {
    case manifest(Manifest)
    case sample(Sample)
    case statistics(StatisticsSummary)
    case window(WindowMark)
    case block(BlockPlan)
    case conservation(Conservation)
    case failure(OperationFailure)
    case calibration(Calibration)
    case decision(Decision)
    case partial(PartialMarker)
    case end(RunEnd)
}

/// Facts about the host, configuration and target, written first so a recording can be
/// analysed later on another machine.
public struct Manifest: Sendable, Equatable {
    public var schemaVersion: Int
    public var toolVersion: String
    public var host: HostInfo
    public var config: RunConfiguration
    public var target: TargetInfo
    /// ISO 8601 UTC with milliseconds, e.g. `2026-11-26T17:30:00.123Z`.
    public var startTime: String
    /// The background workers the recorder ran beside the operations (empty in older files).
    public var backgroundWorkers: [BackgroundWorkerInfo]
    /// The soak phase, when the run has one.
    public var soak: SoakInfo?
    /// Which measure the perf log's system-under-test memory series is; nil in older files and in
    /// runs without the system under test's accounting.
    public var sutMemoryMeasure: SUTMemoryMeasure?

    public init(
        schemaVersion: Int = Schema.version, toolVersion: String = Schema.toolVersion,
        host: HostInfo, config: RunConfiguration, target: TargetInfo, startTime: String,
        backgroundWorkers: [BackgroundWorkerInfo] = [], soak: SoakInfo? = nil,
        sutMemoryMeasure: SUTMemoryMeasure? = nil
    ) {
        self.sutMemoryMeasure = sutMemoryMeasure
        self.backgroundWorkers = backgroundWorkers
        self.soak = soak
        self.schemaVersion = schemaVersion
        self.toolVersion = toolVersion
        self.host = host
        self.config = config
        self.target = target
        self.startTime = startTime
    }
}

public struct HostInfo: Sendable, Equatable {
    public var hostname: String
    public var kernel: String
    public var cpuModel: String
    public var cpuCount: Int
    public var memoryMB: Double
    /// Size of the file system holding the bus, in MB.
    public var tmpfsMB: Double

    public init(hostname: String, kernel: String, cpuModel: String, cpuCount: Int, memoryMB: Double, tmpfsMB: Double) {
        self.hostname = hostname
        self.kernel = kernel
        self.cpuModel = cpuModel
        self.cpuCount = cpuCount
        self.memoryMB = memoryMB
        self.tmpfsMB = tmpfsMB
    }
}

/// The recorder's effective configuration (after flags and environment variables).
public struct RunConfiguration: Sendable, Equatable {
    public var iterations: Int
    public var scaleLevels: [Int]
    public var statisticalRuns: Int
    public var warmupRuns: Int
    public var concurrency: Int
    public var sampleIntervalSeconds: Double
    /// Global time budget in seconds; nil when unlimited.
    public var timeoutSeconds: Double?
    /// The original's latency early-exit: stop when a test's mean exceeds this many ms; nil when off.
    public var latencyRegressionThresholdMs: Double?
    /// Seed of the randomised block order.
    public var seed: UInt64
    /// Overhead target in percent (e.g. 1.0 for 1%).
    public var targetOverheadPercent: Double
    /// Confidence level in (0, 1), e.g. 0.95.
    public var confidence: Double
    public var untilDecided: Bool
    /// Where `iterations` came from (`IterationsSource`); nil in files written before it was recorded.
    public var iterationsSource: IterationsSource?
    /// The shortest window the pilot sized `iterations` for, in ms; nil when the count was given.
    public var minimumWindowMs: Double?
    /// `--synthetic-layer-ns`: the busy-wait asked for, in ns; nil without a synthetic layer.
    public var syntheticLayerNs: Int?
    /// What one call of the synthetic layer cost in the thread's CPU time, measured before the suite (ns).
    public var syntheticLayerCpuNs: Double?

    public init(
        iterations: Int, scaleLevels: [Int], statisticalRuns: Int, warmupRuns: Int, concurrency: Int,
        sampleIntervalSeconds: Double, timeoutSeconds: Double?, latencyRegressionThresholdMs: Double?,
        seed: UInt64, targetOverheadPercent: Double, confidence: Double, untilDecided: Bool
    ) {
        self.iterations = iterations
        self.scaleLevels = scaleLevels
        self.statisticalRuns = statisticalRuns
        self.warmupRuns = warmupRuns
        self.concurrency = concurrency
        self.sampleIntervalSeconds = sampleIntervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.latencyRegressionThresholdMs = latencyRegressionThresholdMs
        self.seed = seed
        self.targetOverheadPercent = targetOverheadPercent
        self.confidence = confidence
        self.untilDecided = untilDecided
    }
}

/// How a run's iterations per window were chosen.
public enum IterationsSource: String, Sendable, Equatable, CaseIterable {
    /// `--iterations`.
    case flag
    /// `BENCHMARK_ITERATIONS`.
    case environment
    /// The `--quick` preset.
    case quick
    /// From the pilot: enough for the minimum window duration (never fewer than the default).
    case pilot
    /// The default count, used when the pilot could not measure the target.
    case `default`
}

/// Which bus was measured: the embedded one or a user's shell library.
public struct TargetInfo: Sendable, Equatable {
    /// `native` or `shell`.
    public var kind: String
    /// Directory of the shell library; nil for the native bus.
    public var libraryDirectory: String?
    public var libraryFiles: [LibraryFile]
    /// What each sample's `elapsed_ms` was measured with (`round_trip` when the manifest does not say).
    public var timing: SampleTiming

    public init(
        kind: String, libraryDirectory: String? = nil, libraryFiles: [LibraryFile] = [],
        timing: SampleTiming = .roundTrip
    ) {
        self.kind = kind
        self.libraryDirectory = libraryDirectory
        self.libraryFiles = libraryFiles
        self.timing = timing
    }
}

public struct LibraryFile: Sendable, Equatable {
    /// Role name, e.g. `message-bus`, `metrics`.
    public var name: String
    public var path: String
    public var sha256: String

    public init(name: String, path: String, sha256: String) {
        self.name = name
        self.path = path
        self.sha256 = sha256
    }
}

/// One timed operation.
public struct Sample: Sendable, Equatable {
    public var timestamp: String
    public var testName: String
    public var agentCount: Int
    public var operation: String
    public var elapsedMs: Double
    /// The resource monitor's latest system-wide CPU reading when the sample was taken; nil if none yet.
    public var cpuPercent: Double?
    /// The resource monitor's latest used-memory reading (MB) when the sample was taken; nil if none yet.
    public var memoryMB: Double?
    /// 1-based statistical run (block) number.
    public var run: Int
    /// 1-based iteration within the run.
    public var iteration: Int
    /// True for warm-up blocks, which the analysis excludes.
    public var warmup: Bool
    /// The recorder's own round trip for the call, ms, when `elapsedMs` was measured inside the
    /// target (`SampleTiming.bashEpochRealtime`): the driver's cost is the difference. nil otherwise.
    public var roundTripMs: Double?

    public init(
        timestamp: String, testName: String, agentCount: Int, operation: String, elapsedMs: Double,
        cpuPercent: Double?, memoryMB: Double?, run: Int, iteration: Int, warmup: Bool = false,
        roundTripMs: Double? = nil
    ) {
        self.timestamp = timestamp
        self.testName = testName
        self.agentCount = agentCount
        self.operation = operation
        self.elapsedMs = elapsedMs
        self.cpuPercent = cpuPercent
        self.memoryMB = memoryMB
        self.run = run
        self.iteration = iteration
        self.warmup = warmup
        self.roundTripMs = roundTripMs
    }
}

/// The original's `"type": "statistics"` record, kept so existing jq one-liners keep working.
public struct StatisticsSummary: Sendable, Equatable {
    public var timestamp: String
    public var testName: String
    public var agentCount: Int
    public var operation: String
    public var avgMs: Double
    public var stddevMs: Double
    public var p50Ms: Double
    public var p95Ms: Double
    public var p99Ms: Double
    /// Number of samples summarised; nil in files from the original tool.
    public var count: Int?

    public init(
        timestamp: String, testName: String, agentCount: Int, operation: String, avgMs: Double,
        stddevMs: Double, p50Ms: Double, p95Ms: Double, p99Ms: Double, count: Int?
    ) {
        self.timestamp = timestamp
        self.testName = testName
        self.agentCount = agentCount
        self.operation = operation
        self.avgMs = avgMs
        self.stddevMs = stddevMs
        self.p50Ms = p50Ms
        self.p95Ms = p95Ms
        self.p99Ms = p99Ms
        self.count = count
    }
}

/// Start or end of one test window, with wall-clock time so it lines up with the perf log.
public struct WindowMark: Sendable, Equatable {
    public enum Event: String, Sendable { case start, end }
    public var event: Event
    public var timestamp: String
    /// Seconds since the Unix epoch, fractional: the perf log's time base.
    public var unixTime: Double
    public var testName: String
    public var agentCount: Int
    public var run: Int
    public var warmup: Bool

    public init(
        event: Event, timestamp: String, unixTime: Double, testName: String, agentCount: Int, run: Int, warmup: Bool
    ) {
        self.event = event
        self.timestamp = timestamp
        self.unixTime = unixTime
        self.testName = testName
        self.agentCount = agentCount
        self.run = run
        self.warmup = warmup
    }
}

/// The randomised order of the tests in one block (statistical run) at one scale.
public struct BlockPlan: Sendable, Equatable {
    public var agentCount: Int
    public var run: Int
    public var warmup: Bool
    public var order: [String]

    public init(agentCount: Int, run: Int, warmup: Bool, order: [String]) {
        self.agentCount = agentCount
        self.run = run
        self.warmup = warmup
        self.order = order
    }
}

/// Message conservation for one test window: sent = received + drained + evicted.
public struct Conservation: Sendable, Equatable {
    public var testName: String
    public var agentCount: Int
    public var run: Int
    public var sent: Int
    public var received: Int
    public var drained: Int
    public var evicted: Int
    /// False as well when received + drained + evicted is beyond `Int.max`: counts read from a
    /// file are untrusted, and such a window cannot balance any real count sent.
    public var balanced: Bool {
        let (partial, first) = received.addingReportingOverflow(drained)
        let (sum, second) = partial.addingReportingOverflow(evicted)
        return !first && !second && sent == sum
    }

    public init(testName: String, agentCount: Int, run: Int, sent: Int, received: Int, drained: Int, evicted: Int) {
        self.testName = testName
        self.agentCount = agentCount
        self.run = run
        self.sent = sent
        self.received = received
        self.drained = drained
        self.evicted = evicted
    }
}

/// An operation that failed (non-zero return, error, or timeout); never timed as a success.
public struct OperationFailure: Sendable, Equatable {
    public var timestamp: String
    public var testName: String
    public var agentCount: Int
    public var operation: String
    public var run: Int
    public var iteration: Int
    public var elapsedMs: Double
    /// Exit status of the shell function, or nil for a native error or a timeout.
    public var exitCode: Int?
    public var reason: String
    /// Last lines of the function's stderr, if any.
    public var stderrTail: String

    public init(
        timestamp: String, testName: String, agentCount: Int, operation: String, run: Int, iteration: Int,
        elapsedMs: Double, exitCode: Int?, reason: String, stderrTail: String
    ) {
        self.timestamp = timestamp
        self.testName = testName
        self.agentCount = agentCount
        self.operation = operation
        self.run = run
        self.iteration = iteration
        self.elapsedMs = elapsedMs
        self.exitCode = exitCode
        self.reason = reason
        self.stderrTail = stderrTail
    }
}

/// The driver's own cost, measured with a no-op call (shell target); shown by the analyzer.
public struct Calibration: Sendable, Equatable {
    public var timestamp: String
    /// The recorder's round trip for a no-op call through the driver, ms: the driver's own cost.
    public var noopMedianMs: Double
    public var noopP95Ms: Double
    public var count: Int
    /// What bash measures for a no-op function called as the bus functions are (same arguments,
    /// same clock reads), ms: what every sample timed inside bash pays beyond the function body.
    /// nil for recordings whose samples are round trips.
    public var callFloorMedianMs: Double?
    public var callFloorP95Ms: Double?

    public init(
        timestamp: String, noopMedianMs: Double, noopP95Ms: Double, count: Int, callFloorMedianMs: Double? = nil,
        callFloorP95Ms: Double? = nil
    ) {
        self.timestamp = timestamp
        self.noopMedianMs = noopMedianMs
        self.noopP95Ms = noopP95Ms
        self.count = count
        self.callFloorMedianMs = callFloorMedianMs
        self.callFloorP95Ms = callFloorP95Ms
    }
}

/// The outcome of `--until-decided`: whether every criterion was decided, after how many blocks.
public struct Decision: Sendable, Equatable {
    public var timestamp: String
    public var blocks: Int
    public var decided: Bool
    public var detail: String

    public init(timestamp: String, blocks: Int, decided: Bool, detail: String) {
        self.timestamp = timestamp
        self.blocks = blocks
        self.decided = decided
        self.detail = detail
    }
}

/// Written when a run stops early; the file then holds everything measured up to that point.
public struct PartialMarker: Sendable, Equatable {
    /// `interrupted`, `terminated`, `timeout`, `latency_regression`, `time_budget` or `io_error`.
    public var reason: String
    public var detail: String
    public var timestamp: String

    public init(reason: String, detail: String, timestamp: String) {
        self.reason = reason
        self.detail = detail
        self.timestamp = timestamp
    }
}

/// The last record of a complete run.
public struct RunEnd: Sendable, Equatable {
    public var timestamp: String
    public var samples: Int
    public var failures: Int
    public var evictions: Int
    /// What the shell library wrote to stderr during the run; nil when nothing (or not a shell target).
    public var libraryStderr: LibraryStderr?

    public init(timestamp: String, samples: Int, failures: Int, evictions: Int, libraryStderr: LibraryStderr? = nil) {
        self.timestamp = timestamp
        self.samples = samples
        self.failures = failures
        self.evictions = evictions
        self.libraryStderr = libraryStderr
    }
}

/// Lines a shell library wrote to stderr (the recorder's own notes in the log not counted).
public struct LibraryStderr: Sendable, Equatable {
    public var lines: Int
    /// The first log that has any, as the recorder wrote it.
    public var log: String
    /// The first few lines, shortened.
    public var first: [String]

    public init(lines: Int, log: String, first: [String]) {
        self.lines = lines
        self.log = log
        self.first = first
    }
}
