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
    /// A layer of known cost for calibrating the host: the send followed by a busy-wait of a
    /// set number of CPU nanoseconds. Run only when the recorder is asked for it.
    case syntheticLayer = "synthetic_layer"

    /// The tests every run performs (all but the optional synthetic layer), in a fixed order.
    public static let standardSuite: [TestName] = allCases.filter { $0 != .syntheticLayer }
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
    /// The plain send timed beside the operation under test in the same window, the two
    /// alternating in a random order per pair and sharing the iteration number: the reference
    /// each pair's difference is taken against.
    case pairedSend = "paired_send"
    /// The send with the synthetic layer's busy-wait after it.
    case messageSendWithSyntheticLayer = "message_send_with_synthetic_layer"
}

extension TestName {
    /// The operations each test times, in the order it performs them. Recordings timed inside the
    /// target also time `callFloor` in the tests of added operations (health, rate limiting).
    /// The tests in `pairedTests` also time `pairedSend` beside their operation under test.
    public var operations: [OperationName] {
        switch self {
        case .baseline: return [.messageSend, .messageReceive]
        case .baselineControl: return [.messageSend, .pairedSend]
        case .metricsIntegration: return [.messageSendWithMetrics, .pairedSend]
        case .healthIntegration: return [.healthReport, .healthCheck]
        case .rateLimitingIntegration: return [.capacityCheck, .sendWithBackpressure]
        case .shutdownIntegration: return [.coordinatedShutdown]
        case .fullIntegration: return [.completeOperation, .pairedSend, .shutdown]
        case .syntheticLayer: return [.messageSendWithSyntheticLayer, .pairedSend]
        }
    }

    /// The tests whose windows alternate the operation under test with a `pairedSend`, pair by
    /// pair, so their overhead is estimated from adjacent operations.
    public static let pairedTests: [TestName] = [
        .baselineControl, .metricsIntegration, .fullIntegration, .syntheticLayer,
    ]

    /// The operation a paired window compares with its `pairedSend`; nil for unpaired tests.
    public var pairedOperation: OperationName? {
        switch self {
        case .baselineControl: return .messageSend
        case .metricsIntegration: return .messageSendWithMetrics
        case .fullIntegration: return .completeOperation
        case .syntheticLayer: return .messageSendWithSyntheticLayer
        default: return nil
        }
    }
}
