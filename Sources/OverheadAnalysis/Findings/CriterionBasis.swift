/// Why a criterion got its verdict, as data: the reports turn it into a sentence
/// (`CriterionText` in OverheadReports), so wording and number formatting live in one place.
public enum CriterionBasis: Sendable, Equatable {
    /// NOT EVALUATED, and why.
    case notEvaluated(NotEvaluatedReason)
    /// Measured, but without an interval to test (a single run or summaries only): NOT EVALUATED.
    case noInterval
    /// PASS: the interval's upper bound lies below the limit.
    case upperBoundBelowLimit
    /// FAIL: the interval's lower bound lies above the limit.
    case lowerBoundAboveLimit
    /// INCONCLUSIVE: the interval contains the limit.
    case intervalContainsLimit
    /// INCONCLUSIVE: the interval excludes the limit, but not after Holm–Bonferroni adjustment
    /// across `family` criteria.
    case excludedBeforeAdjustment(family: Int)
}

/// Why a criterion could not be judged.
public enum NotEvaluatedReason: Sendable, Equatable {
    /// Only `statistics` summary records: the estimate has no interval.
    case summariesOnly(Estimate)
    /// One measured block: the estimate has no interval.
    case singleRun(Estimate)
    /// No full_integration/complete_operation measurements at this scale.
    case noFullIntegration
    /// The perf log has too few samples for the figure.
    case tooFewPerfSamples
    /// The perf log has too few samples for an interval.
    case tooFewPerfSamplesForInterval
    /// A growth rate from a perf log this short would extrapolate noise.
    case perfLogTooShort(spanSeconds: Double, neededSeconds: Double)
    /// No perf log was given.
    case noPerfLog
    /// The perf log has no samples.
    case emptyPerfLog
    /// A fleet verdict with too few hosts with an interval: pooling needs 2, a prediction 3.
    case tooFewHosts(hosts: Int, needed: Int)
    /// The system under test's lines (the soak phase's, when there is one) span too little for a growth rate.
    case soakTooShort(spanSeconds: Double, neededSeconds: Double, soak: Bool)
}

/// A fact about a criterion's measurement, printed after its sentence.
public enum CriterionNote: Sendable, Equatable {
    /// The CPU figure is the system-wide busy CPU minus the recorder's own share.
    case cpuExcludesRecorder
    /// The tmpfs growth excludes the recorder's own output, at most this many MB.
    case recorderOutputExcluded(maxMB: Double)
    /// The tmpfs peak and its limit, MB.
    case tmpfsPeak(peakMB: Double, limitMB: Double)
    /// A fleet's between-host spread: τ in percentage points and I² in percent.
    case betweenHostSpread(tauPoints: Double, iSquaredPercent: Double)
    /// Judged on the system under test's own figures, of the soak phase or of the whole log.
    case systemUnderTest(soak: Bool)
    /// Judged on host-wide figures: the recording has no system-under-test fields.
    case hostWide
    /// The background component that used the most CPU, percent of one core.
    case largestComponent(name: String, cpuPercent: Double)
    /// The bus directory's path that grew fastest, MB/min.
    case growingPath(path: String, slopeMBPerMin: Double)
    /// The background component whose memory grew fastest, MB/min.
    case growingComponent(name: String, slopeMBPerMin: Double)
    /// The memory figure is PSS (else RSS).
    case memoryIsPSS(Bool)
}

/// A condition that fails a criterion without an interval.
public enum OutrightFailure: Sendable, Equatable {
    /// The tmpfs peak reached its limit, MB.
    case tmpfsPeakReachedLimit(peakMB: Double, limitMB: Double)
}

/// What the units behind a criterion's interval are, which says what would narrow it.
public enum IntervalUnits: String, Sendable, Equatable {
    /// Measured blocks: more runs narrow the interval.
    case runs
    /// Batches of perf samples: a longer recording narrows it.
    case perfSampleBatches = "batches of perf samples"
    /// Hosts of a fleet: more hosts narrow a pooled interval (a prediction only down to τ).
    case hosts
}
