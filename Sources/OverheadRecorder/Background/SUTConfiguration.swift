/// The recorder's settings for the system under test beside the suite: background workers and the soak phase.
public struct SUTConfiguration: Sendable, Equatable {
    /// Run the background workers at all (`--no-background` turns them off).
    public var background = true
    public var intervals = BackgroundIntervals()
    /// Shell target: `--background 'FUNCTION ARGS'` (one process) and `--background-per-agent` (one per agent).
    public var extraWorkers: [BackgroundWorkerSpec] = []
    /// Soak length in seconds; 0 = no soak.
    public var soakSeconds = 0.0
    /// Complete operations per second during the soak.
    public var soakMessagesPerSecond = SUTDefaults.soakMessagesPerSecond
    /// Perf-log sampling interval during the soak.
    public var soakSampleIntervalSeconds = SUTDefaults.soakSampleIntervalSeconds

    public init() {}

    /// Every worker a run starts for a target that runs library functions (`shell`) or not.
    func workers(shell: Bool) -> [BackgroundWorkerSpec] {
        guard background else { return [] }
        return BackgroundWorkerSpec.builtIn(intervals) + (shell ? extraWorkers : [])
    }
}

/// Defaults of the soak phase and the background workers.
public enum SUTDefaults {
    /// The full suite's soak: longer than the 60 s the growth criteria need, with room for the
    /// first and last samples.
    public static let soakSeconds = 70.0
    public static let soakMessagesPerSecond = 50.0
    /// 0.5 s: 140 samples in the default soak, 14 per batch of the batch-means intervals.
    public static let soakSampleIntervalSeconds = 0.5
}

/// The environment variables of these settings; a flag wins over its variable.
public enum SUTEnvironmentVariable: String, CaseIterable, Sendable {
    case soak = "BENCHMARK_SOAK"
    case soakRate = "BENCHMARK_SOAK_RATE"
    case livenessInterval = "LIVENESS_PROBE_INTERVAL"
    case inboxOverflowInterval = "INBOX_OVERFLOW_INTERVAL"
    case dynamicRateLimitInterval = "RATE_LIMIT_MONITOR_INTERVAL"
    case alertingInterval = "ALERTING_INTERVAL"
}
