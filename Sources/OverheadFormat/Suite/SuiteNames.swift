/// The test and operation names of the original shell benchmark, kept verbatim: they are the
/// contract existing `jq` one-liners and dashboards select on.
public enum TestName: String, Sendable, CaseIterable, Codable {
    case baseline
    /// The A/A control: the baseline measured a second time in the same blocks, so every
    /// recording carries its own noise floor.
    case baselineControl = "baseline_control"
    case metricsIntegration = "metrics_integration"
    case healthIntegration = "health_integration"
    case rateLimitingIntegration = "rate_limiting_integration"
    case shutdownIntegration = "shutdown_integration"
    case fullIntegration = "full_integration"
}

public enum OperationName: String, Sendable, CaseIterable, Codable {
    case messageSend = "message_send"
    case messageReceive = "message_receive"
    case messageSendWithMetrics = "message_send_with_metrics"
    case healthReport = "health_report"
    case healthCheck = "health_check"
    case capacityCheck = "capacity_check"
    case sendWithBackpressure = "send_with_backpressure"
    case coordinatedShutdown = "coordinated_shutdown"
    case completeOperation = "complete_operation"
    case shutdown
    /// A no-op function called as the layer function beside it is, timed the same way: in
    /// recordings timed inside the target, what a call costs beyond its body, measured in the
    /// same windows as the added operations so it can be subtracted from them.
    case callFloor = "call_floor"
}

extension TestName {
    /// The operations each test times, in the order it performs them. Recordings timed inside the
    /// target also time `callFloor` in the tests of added operations (health, rate limiting).
    public var operations: [OperationName] {
        switch self {
        case .baseline, .baselineControl: return [.messageSend, .messageReceive]
        case .metricsIntegration: return [.messageSendWithMetrics]
        case .healthIntegration: return [.healthReport, .healthCheck]
        case .rateLimitingIntegration: return [.capacityCheck, .sendWithBackpressure]
        case .shutdownIntegration: return [.coordinatedShutdown]
        case .fullIntegration: return [.completeOperation, .shutdown]
        }
    }
}
