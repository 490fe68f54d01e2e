import ArgumentParser

/// Flags for the system under test beside the suite: the soak phase and the background workers.
/// Optional values, so `resolve` can tell "not given" from "given".
public struct SUTOptions: ParsableArguments, Sendable {
    @Option(
        name: .long,
        help: """
            Soak phase after the suite, in seconds: the full integration workload at a steady rate at the largest \
            scale, every background worker running (\(SUTEnvironmentVariable.soak.rawValue); default \
            \(DefaultText.number(SUTDefaults.soakSeconds)) for the full default suite, 0 = off, off with --quick \
            or when --iterations, --scales or --runs shape the suite).
            """)
    public var soak: Double?

    @Option(
        name: .customLong("soak-rate"),
        help: """
            Complete operations per second during the soak (\(SUTEnvironmentVariable.soakRate.rawValue); \
            default \(DefaultText.number(SUTDefaults.soakMessagesPerSecond))).
            """)
    public var soakRate: Double?

    @Option(
        name: .customLong("soak-sample-interval"),
        help: """
            Resource sampling interval during the soak, seconds \
            (default \(DefaultText.number(SUTDefaults.soakSampleIntervalSeconds))).
            """)
    public var soakSampleInterval: Double?

    @Flag(name: .customLong("no-background"), help: "Run no background workers (liveness probe, monitors, alerting).")
    public var noBackground = false

    @Option(
        name: .customLong("liveness-interval"),
        help: """
            Seconds between liveness probes of each agent (\(SUTEnvironmentVariable.livenessInterval.rawValue); \
            default \(DefaultText.number(BackgroundIntervals().liveness))).
            """)
    public var livenessInterval: Double?

    @Option(
        name: .customLong("inbox-overflow-interval"),
        help: """
            Seconds between inbox-overflow scans (\(SUTEnvironmentVariable.inboxOverflowInterval.rawValue); \
            default \(DefaultText.number(BackgroundIntervals().inboxOverflow))).
            """)
    public var inboxOverflowInterval: Double?

    @Option(
        name: .customLong("rate-limit-monitor-interval"),
        help: """
            Seconds between dynamic rate-limit rounds (\(SUTEnvironmentVariable.dynamicRateLimitInterval.rawValue); \
            default \(DefaultText.number(BackgroundIntervals().dynamicRateLimit))).
            """)
    public var rateLimitMonitorInterval: Double?

    @Option(
        name: .customLong("alerting-interval"),
        help: """
            Seconds between alerting checks of the metrics file (\(SUTEnvironmentVariable.alertingInterval.rawValue); \
            default \(DefaultText.number(BackgroundIntervals().alerting))).
            """)
    public var alertingInterval: Double?

    @Option(
        name: .long,
        help: "Shell target: a further background function, 'FUNCTION ARGS' (repeatable); runs with every layer.")
    public var background: [String] = []

    @Option(
        name: .customLong("background-per-agent"),
        help: "Shell target: 'FUNCTION ARGS' run once per agent with the agent as first argument (repeatable).")
    public var backgroundPerAgent: [String] = []

    public init() {}
}
