import OverheadFormat

/// One kind of background worker: its component name, layer, interval, and the library function
/// that runs it in a shell library. The single definition of the built-in workers and their
/// default intervals (the original design's: liveness probe every 5 s per agent, inbox-overflow
/// monitor every 5 s, dynamic rate-limit monitor every 10 s; the alerting check every 5 s).
public struct BackgroundWorkerSpec: Sendable, Equatable {
    /// Component name in the perf log (`cpu:NAME`) and the reports.
    public var name: String
    /// nil for a user-given `--background` command.
    var layer: BackgroundLayer?
    public var intervalSeconds: Double
    public var perAgent: Bool
    /// Shell target: the function and its leading arguments (the agent follows for per-agent
    /// workers, the interval in seconds comes last for built-in ones).
    public var command: [String]

    public static let liveness = "liveness_probe"
    public static let inboxOverflow = "inbox_overflow_monitor"
    public static let dynamicRateLimit = "dynamic_rate_limit_monitor"
    public static let alerting = "alerting"

    /// The built-in workers at the given intervals.
    static func builtIn(_ intervals: BackgroundIntervals) -> [BackgroundWorkerSpec] {
        [
            BackgroundWorkerSpec(
                name: liveness, layer: .health, intervalSeconds: intervals.liveness, perAgent: true,
                command: ["start_liveness_probe"]),
            BackgroundWorkerSpec(
                name: inboxOverflow, layer: .rateLimiting, intervalSeconds: intervals.inboxOverflow, perAgent: false,
                command: ["monitor_inbox_overflow"]),
            BackgroundWorkerSpec(
                name: dynamicRateLimit, layer: .rateLimiting, intervalSeconds: intervals.dynamicRateLimit,
                perAgent: false, command: ["monitor_dynamic_rate_limit"]),
            BackgroundWorkerSpec(
                name: alerting, layer: .metrics, intervalSeconds: intervals.alerting, perAgent: false,
                command: ["monitor_alerts"]),
        ]
    }

    /// Seconds before each instance's first round, as if the worker had been running all along: one
    /// instance at half the interval; per-agent instances spread evenly over it (instance k at
    /// (k + ½) × interval / n). A window then sees on average as many rounds as its length holds,
    /// and none of them all at its start.
    func phases(instances: Int) -> [Double] {
        let n = max(1, instances)
        return (0..<n).map { intervalSeconds * (Double($0) + 0.5) / Double(n) }
    }

    /// How the manifest records it; `command` is `native` for the embedded bus's threads.
    func info(native: Bool) -> BackgroundWorkerInfo {
        BackgroundWorkerInfo(
            name: name, intervalSeconds: intervalSeconds, perAgent: perAgent,
            command: native ? "native" : command.joined(separator: " "), layer: layer?.rawValue)
    }
}

/// Seconds between rounds of each built-in worker.
public struct BackgroundIntervals: Sendable, Equatable {
    public var liveness = 5.0
    public var inboxOverflow = 5.0
    public var dynamicRateLimit = 10.0
    public var alerting = 5.0

    public init() {}
}
