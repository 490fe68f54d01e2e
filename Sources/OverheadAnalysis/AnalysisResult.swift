import OverheadFormat

/// Everything the analyzer computes from one recording; every renderer reads only this.
/// Percentages are in percent units (1.0 means 1%), latencies in milliseconds.
public struct AnalysisResult: Sendable, Equatable {
    public var manifest: Manifest?
    public var inputs: InputSummary
    /// Descriptive statistics per (test, operation, agent count), sorted by agents, test, operation.
    public var series: [SeriesStatistics]
    /// Overhead and attribution per agent count, ascending.
    public var scales: [ScaleOverhead]
    /// The A/A control per agent count: baseline against itself.
    public var noiseFloor: [NoiseFloor]
    /// How total overhead grows with the agent count; nil with fewer than two scales.
    public var scaling: ScalingTrend?
    public var resources: ResourceReport?
    public var criteria: [CriterionResult]
    /// Shell-target driver calibration, when recorded.
    public var calibration: Calibration?
    public var failures: [FailureCount]
    public var conservation: ConservationSummary
    /// Caveats for the reader (noisy machine, partial run, summaries only, …).
    public var warnings: [AnalysisWarning]
    /// Where the time goes inside each layer, when a profile was given (`ProfileAnalysis.attach`).
    public var profile: ProfileSummary?

    /// What the latencies were measured with (the manifest's, or round trips without one).
    public var sampleTiming: SampleTiming { manifest?.target.timing ?? .roundTrip }

    public init(
        manifest: Manifest?, inputs: InputSummary, series: [SeriesStatistics], scales: [ScaleOverhead],
        noiseFloor: [NoiseFloor], scaling: ScalingTrend?, resources: ResourceReport?, criteria: [CriterionResult],
        calibration: Calibration?, failures: [FailureCount], conservation: ConservationSummary,
        warnings: [AnalysisWarning]
    ) {
        self.manifest = manifest
        self.inputs = inputs
        self.series = series
        self.scales = scales
        self.noiseFloor = noiseFloor
        self.scaling = scaling
        self.resources = resources
        self.criteria = criteria
        self.calibration = calibration
        self.failures = failures
        self.conservation = conservation
        self.warnings = warnings
    }
}

public struct InputSummary: Sendable, Equatable {
    public var files: [String]
    public var perfLogs: [String]
    /// `raw samples` or `statistics summaries` (original tool files without raw records).
    public var source: DataSource
    public var recordsRead: Int
    public var linesSkipped: Int
    /// The first diagnostics, `file:line: reason` (capped; `linesSkipped` has the full count).
    public var diagnostics: [String]
    /// Why the recording is partial, if it is.
    public var partialReason: String?

    public init(
        files: [String], perfLogs: [String], source: DataSource, recordsRead: Int, linesSkipped: Int,
        diagnostics: [String], partialReason: String?
    ) {
        self.files = files
        self.perfLogs = perfLogs
        self.source = source
        self.recordsRead = recordsRead
        self.linesSkipped = linesSkipped
        self.diagnostics = diagnostics
        self.partialReason = partialReason
    }
}

public enum DataSource: String, Sendable, Equatable {
    case rawSamples = "raw samples"
    case statisticsSummaries = "statistics summaries"
}

/// An estimate with its confidence interval (both bounds nil when no interval can be computed,
/// e.g. a single run or summaries only).
public struct Estimate: Sendable, Equatable {
    public var value: Double
    public var lower: Double?
    public var upper: Double?
    /// Confidence level of the interval, e.g. 0.95.
    public var confidence: Double
    /// Number of independent units (blocks) behind the estimate.
    public var n: Int

    public init(value: Double, lower: Double?, upper: Double?, confidence: Double, n: Int) {
        self.value = value
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.n = n
    }
}

public struct SeriesStatistics: Sendable, Equatable {
    public var testName: String
    public var operation: String
    public var agentCount: Int
    public var count: Int
    public var mean: Double
    public var stddev: Double
    public var min: Double
    public var max: Double
    public var p50: Double
    public var p95: Double
    public var p99: Double
    /// Latencies binned for the distribution chart: (upper edge ms, count); empty for summaries-only input.
    public var histogram: [HistogramBin]

    public init(
        testName: String, operation: String, agentCount: Int, count: Int, mean: Double, stddev: Double,
        min: Double, max: Double, p50: Double, p95: Double, p99: Double, histogram: [HistogramBin]
    ) {
        self.testName = testName
        self.operation = operation
        self.agentCount = agentCount
        self.count = count
        self.mean = mean
        self.stddev = stddev
        self.min = min
        self.max = max
        self.p50 = p50
        self.p95 = p95
        self.p99 = p99
        self.histogram = histogram
    }
}

public struct HistogramBin: Sendable, Equatable {
    public var lowerMs: Double
    public var upperMs: Double
    public var count: Int

    public init(lowerMs: Double, upperMs: Double, count: Int) {
        self.lowerMs = lowerMs
        self.upperMs = upperMs
        self.count = count
    }
}

/// The components whose cost is attributed; `residual` is the interaction they do not explain.
public enum Component: String, Sendable, Equatable, CaseIterable {
    case metrics
    case health
    case rateLimiting = "rate_limiting"
    /// The synthetic layer of known cost (`--synthetic-layer-ns`), only in recordings that have one.
    case synthetic = "synthetic_layer"
    case residual
}

public struct ComponentOverhead: Sendable, Equatable {
    public var component: Component
    /// Overhead in percent of the baseline send.
    public var overhead: Estimate
    /// The component's limit in percent (`OverheadComponent.limitPercent`: metrics 0.5, health 0.3,
    /// rate limiting 0.2 at the default 1% target); nil for residual.
    public var limitPercent: Double?
    /// Share of the total overhead, in percent (may be negative or exceed 100 when components offset).
    public var sharePercent: Double
    /// The original's advice text when the component exceeds its limit.
    public var advice: [String]

    public init(component: Component, overhead: Estimate, limitPercent: Double?, sharePercent: Double, advice: [String])
    {
        self.component = component
        self.overhead = overhead
        self.limitPercent = limitPercent
        self.sharePercent = sharePercent
        self.advice = advice
    }
}

public struct ScaleOverhead: Sendable, Equatable {
    public var agentCount: Int
    /// Baseline send mean, ms.
    public var baselineMeanMs: Double
    public var baselineP95Ms: Double
    /// Metrics-integrated send mean, ms (nil if not recorded).
    public var metricsMeanMs: Double?
    /// Full integration (complete_operation) mean and p95, ms.
    public var fullMeanMs: Double?
    public var fullP95Ms: Double?
    /// The metrics send and the full operation as their paired windows measure them, beside the
    /// send each is compared with (nil without paired windows): what their percentages are
    /// computed from. The baseline window's send is timed in another window, after its own
    /// receive, and can differ from the paired send by more than a layer costs.
    public var metricsPaired: PairedLatency?
    public var fullPaired: PairedLatency?
    /// Overhead of each component, ranked by overhead, largest first (residual included).
    public var components: [ComponentOverhead]
    /// Total overhead: full integration vs baseline send, percent.
    public var total: Estimate?
    /// p95 and p99 overhead of full vs baseline, percent.
    public var p95Overhead: Estimate?
    public var p99Overhead: Estimate?
    /// Coordinated shutdown cost per agent, ms (reported separately, not part of the total).
    public var shutdownPerAgentMs: Estimate?
    /// The synthetic layer, in recordings that have one.
    public var syntheticLayer: SyntheticLayerResult?

    public init(
        agentCount: Int, baselineMeanMs: Double, baselineP95Ms: Double, metricsMeanMs: Double?, fullMeanMs: Double?,
        fullP95Ms: Double?, components: [ComponentOverhead], total: Estimate?, p95Overhead: Estimate?,
        p99Overhead: Estimate?, shutdownPerAgentMs: Estimate?
    ) {
        self.agentCount = agentCount
        self.baselineMeanMs = baselineMeanMs
        self.baselineP95Ms = baselineP95Ms
        self.metricsMeanMs = metricsMeanMs
        self.fullMeanMs = fullMeanMs
        self.fullP95Ms = fullP95Ms
        self.components = components
        self.total = total
        self.p95Overhead = p95Overhead
        self.p99Overhead = p99Overhead
        self.shutdownPerAgentMs = shutdownPerAgentMs
    }
}

/// The A/A control: baseline_control vs baseline send, percent. A non-zero difference here means noise.
public struct NoiseFloor: Sendable, Equatable {
    public var agentCount: Int
    public var difference: Estimate
    /// True when the interval excludes zero: the machine was too noisy to trust small effects.
    public var tooNoisy: Bool

    public init(agentCount: Int, difference: Estimate, tooNoisy: Bool) {
        self.agentCount = agentCount
        self.difference = difference
        self.tooNoisy = tooNoisy
    }
}

public struct ScalingTrend: Sendable, Equatable {
    /// Change of total overhead (percentage points) per additional agent.
    public var slopePerAgent: Estimate
    /// Exponent b of cost ∝ agents^b for the absolute overhead cost (ms); nil when it cannot be fitted.
    public var growthExponent: Estimate?
    /// True when growth is shown to be faster than linear (exponent's lower bound > 1).
    public var superlinear: Bool

    public init(slopePerAgent: Estimate, growthExponent: Estimate?, superlinear: Bool) {
        self.slopePerAgent = slopePerAgent
        self.growthExponent = growthExponent
        self.superlinear = superlinear
    }
}

public struct ResourceStats: Sendable, Equatable {
    public var samples: Int
    public var cpuAvg: Double
    public var cpuMax: Double
    public var memoryAvgMB: Double
    public var memoryMaxMB: Double
    public var tmpfsAvgMB: Double
    public var tmpfsMaxMB: Double

    public init(
        samples: Int, cpuAvg: Double, cpuMax: Double, memoryAvgMB: Double, memoryMaxMB: Double, tmpfsAvgMB: Double,
        tmpfsMaxMB: Double
    ) {
        self.samples = samples
        self.cpuAvg = cpuAvg
        self.cpuMax = cpuMax
        self.memoryAvgMB = memoryAvgMB
        self.memoryMaxMB = memoryMaxMB
        self.tmpfsAvgMB = tmpfsAvgMB
        self.tmpfsMaxMB = tmpfsMaxMB
    }
}

public struct ResourceWindow: Sendable, Equatable {
    /// Test name, or nil for a whole scale.
    public var testName: String?
    public var agentCount: Int
    public var stats: ResourceStats
    /// Wall-clock span of the window in Unix seconds (the perf log's time base), for shading charts; nil when unknown.
    public var startUnixTime: Double? = nil
    public var endUnixTime: Double? = nil

    public init(testName: String?, agentCount: Int, stats: ResourceStats) {
        self.testName = testName
        self.agentCount = agentCount
        self.stats = stats
    }
}

public struct ResourceReport: Sendable, Equatable {
    public var overall: ResourceStats
    public var perScale: [ResourceWindow]
    public var perWindow: [ResourceWindow]
    /// Memory growth over the run, MB per minute (least-squares slope) with interval.
    public var memorySlopeMBPerMin: Estimate?
    /// tmpfs growth over the run, MB per minute: of `tmpfs_mb − recorder_output_mb` when the perf log
    /// has the recorder's output column (see `recorderOutputMaxMB`), else of `tmpfs_mb`.
    public var tmpfsSlopeMBPerMin: Estimate?
    /// Set when the tmpfs growth excludes the recorder's own output (results file, perf log, stderr
    /// logs on the bus's file system): the largest that output was, MB. nil for logs without the column.
    /// The tmpfs averages and maxima (`ResourceStats`) stay the raw `tmpfs_mb`.
    public var recorderOutputMaxMB: Double? = nil
    /// The system under test's own figures; nil for logs without them (the original's, older ones),
    /// whose criteria are judged on the host-wide columns.
    public var sut: SUTReport? = nil
    /// Mean CPU other processes used during the measured windows, percent of the machine: host busy
    /// % minus the system under test's and the recorder's shares. nil without the columns.
    public var otherProcessesCPUPercent: Double? = nil
    /// The perf log as a time series for charts, in time order, with the perf log's Unix times.
    public var timeline: [PerfSample]

    public init(
        overall: ResourceStats, perScale: [ResourceWindow], perWindow: [ResourceWindow], memorySlopeMBPerMin: Estimate?,
        tmpfsSlopeMBPerMin: Estimate?, timeline: [PerfSample]
    ) {
        self.overall = overall
        self.perScale = perScale
        self.perWindow = perWindow
        self.memorySlopeMBPerMin = memorySlopeMBPerMin
        self.tmpfsSlopeMBPerMin = tmpfsSlopeMBPerMin
        self.timeline = timeline
    }
}

public enum Verdict: String, Sendable, Equatable {
    case pass = "PASS"
    case fail = "FAIL"
    case inconclusive = "INCONCLUSIVE"
    case notEvaluated = "NOT EVALUATED"
}

/// One success criterion judged on the data.
public struct CriterionResult: Sendable, Equatable {
    /// Stable id, e.g. `total_overhead`, `cpu`, `memory_stable`, `tmpfs_bounded`, `p95_stable`, `p99_stable`.
    public var id: String
    public var title: String
    /// Agent count this criterion is judged at, or nil for the whole recording.
    public var agentCount: Int?
    public var measured: Estimate?
    public var limit: Double
    /// Unit of `measured` and `limit`, e.g. `%`, `MB/min`.
    public var unit: String
    public var verdict: Verdict
    /// Why: the interval against the limit, or why the criterion was not evaluated.
    public var basis: CriterionBasis
    /// A condition that failed the criterion whatever its interval says (e.g. the tmpfs peak).
    public var outrightFailure: OutrightFailure?
    /// Facts about the measurement that the reports print after the verdict's reason.
    public var notes: [CriterionNote]
    /// What the units behind the interval are (and so what would narrow it).
    public var intervalUnits: IntervalUnits
    /// Smallest difference from the limit this recording could detect (same unit), when computable.
    public var minimumDetectableEffect: Double?
    /// Roughly how many more runs (blocks) would decide an inconclusive criterion.
    public var additionalRunsNeeded: Int?

    public init(
        id: String, title: String, agentCount: Int?, measured: Estimate?, limit: Double, unit: String, verdict: Verdict,
        basis: CriterionBasis, outrightFailure: OutrightFailure? = nil, notes: [CriterionNote] = [],
        intervalUnits: IntervalUnits = .runs, minimumDetectableEffect: Double?, additionalRunsNeeded: Int?
    ) {
        self.id = id
        self.title = title
        self.agentCount = agentCount
        self.measured = measured
        self.limit = limit
        self.unit = unit
        self.verdict = verdict
        self.basis = basis
        self.outrightFailure = outrightFailure
        self.notes = notes
        self.intervalUnits = intervalUnits
        self.minimumDetectableEffect = minimumDetectableEffect
        self.additionalRunsNeeded = additionalRunsNeeded
    }
}

public struct FailureCount: Sendable, Equatable {
    public var testName: String
    public var operation: String
    public var agentCount: Int
    public var count: Int
    public var lastReason: String
    public var lastStderrTail: String

    public init(
        testName: String, operation: String, agentCount: Int, count: Int, lastReason: String, lastStderrTail: String
    ) {
        self.testName = testName
        self.operation = operation
        self.agentCount = agentCount
        self.count = count
        self.lastReason = lastReason
        self.lastStderrTail = lastStderrTail
    }
}

public struct ConservationSummary: Sendable, Equatable {
    public var windows: Int
    public var unbalanced: Int
    /// Totals over the windows, each capped at `Int.max` (see `overflow`).
    public var sent: Int
    public var received: Int
    public var drained: Int
    public var evicted: Int
    /// A total went beyond `Int.max` and was capped: the recording's counts are implausible (no run
    /// sends 2⁶³ messages), so the totals are shown as capped and `unaccounted` is unknown.
    public var overflow: Bool

    public init(
        windows: Int, unbalanced: Int, sent: Int, received: Int, drained: Int, evicted: Int, overflow: Bool = false
    ) {
        self.windows = windows
        self.unbalanced = unbalanced
        self.sent = sent
        self.received = received
        self.drained = drained
        self.evicted = evicted
        self.overflow = overflow
    }

    /// sent − received − drained − evicted (positive: messages missing, negative: extra); nil when
    /// a total overflowed or the difference itself is beyond `Int`.
    public var unaccounted: Int? {
        guard !overflow else { return nil }
        var value = sent
        for part in [received, drained, evicted] {
            let (next, overflowed) = value.subtractingReportingOverflow(part)
            if overflowed { return nil }
            value = next
        }
        return value
    }
}

/// How an INCONCLUSIVE verdict counts for CI (`--inconclusive`): as a failure, a pass, or skipped.
public enum InconclusivePolicy: String, Sendable, Equatable, CaseIterable {
    case fail, pass, skip

    /// Whether a verdict fails the run (exit 1): FAIL always, INCONCLUSIVE only under `.fail`,
    /// NOT EVALUATED never.
    public func fails(_ verdict: Verdict) -> Bool {
        verdict == .fail || (verdict == .inconclusive && self == .fail)
    }
}

/// An operation of a paired window and the send timed beside it, ms: per block the paired send's
/// trimmed mean P and P + D with D the trimmed mean of the pair differences (the window's own
/// estimate), averaged over blocks. Robust like the percentage: a preemption that makes a plain
/// mean read high moves neither.
public struct PairedLatency: Sendable, Equatable {
    public var sendMs: Double
    public var operationMs: Double

    public init(sendMs: Double, operationMs: Double) {
        self.sendMs = sendMs
        self.operationMs = operationMs
    }
}
