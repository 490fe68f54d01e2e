/// An overhead the suite isolates, each measured per block against the same block's baseline send
/// (so blocks are paired and drift cancels): the total and the three layers the original limits.
/// The recorder's `--until-decided` and the analyzer read these same definitions.
public enum OverheadComponent: String, Sendable, Equatable, CaseIterable, Codable {
    /// Full integration's complete operation vs the baseline send.
    case total
    /// Send + metric vs send.
    case metrics
    /// One health report per `SuiteDesign.healthReportEvery` messages, per message.
    case health
    /// One capacity check per message.
    case rateLimiting = "rate_limiting"
    /// The synthetic layer of known cost (`--synthetic-layer-ns`): send + busy-wait vs send. Only
    /// in recordings that asked for it.
    case synthetic = "synthetic_layer"

    /// The series whose cost this component compares with `SuiteDesign.baselineSend`.
    public var treatment: TestOperation {
        switch self {
        case .total: return TestOperation(.fullIntegration, .completeOperation)
        case .metrics: return TestOperation(.metricsIntegration, .messageSendWithMetrics)
        case .health: return TestOperation(.healthIntegration, .healthReport)
        case .rateLimiting: return TestOperation(.rateLimitingIntegration, .capacityCheck)
        case .synthetic: return TestOperation(.syntheticLayer, .messageSendWithSyntheticLayer)
        }
    }

    /// This component's share of the overhead target: the original's limits 1%, 0.5%, 0.3% and
    /// 0.2% (README "Bottleneck Analysis") scale with the target (`--target-overhead`). The
    /// synthetic layer is judged against the whole target, as a layer that must stay under it.
    public var shareOfTarget: Double {
        switch self {
        case .total, .synthetic: return 1
        case .metrics: return 0.5
        case .health: return 0.3
        case .rateLimiting: return 0.2
        }
    }

    /// The limit in percent of the baseline send for a total overhead target in percent.
    public func limitPercent(target: Double) -> Double { target * shareOfTarget }

    /// How a block's treatment mean t and baseline mean b make an overhead: `nil` means relative,
    /// 100·(t/b − 1) (the operation replaces a send); a weight w means an added operation's cost
    /// per message, 100·w·t/b (health: one report per 10 messages, w = 1/10; rate limiting: one
    /// capacity check per message, w = 1).
    public var addedOperationWeight: Double? {
        switch self {
        case .total, .metrics, .synthetic: return nil
        case .health: return 1 / Double(SuiteDesign.healthReportEvery)
        case .rateLimiting: return 1
        }
    }

    /// True when the treatment is timed pair by pair beside a `pairedSend` in its own window, so
    /// the overhead is estimated from adjacent operations (`PairedWindowEstimate`).
    public var isPaired: Bool { treatment.test.pairedOperation == treatment.operation }

    /// The components a run of `tests` measures.
    public static func measured(by tests: [TestName]) -> [OverheadComponent] {
        allCases.filter { tests.contains($0.treatment.test) }
    }

    /// Overhead in percent of the baseline send for one block's means (ms).
    public func overheadPercent(baseline b: Double, treatment t: Double) -> Double {
        if let w = addedOperationWeight { return 100 * w * t / b }
        return 100 * (t / b - 1)
    }
}
