import OverheadFormat

/// The overhead criteria `--until-decided` waits for, each measured per block against the same
/// block's baseline send (so blocks are paired and drift cancels).
public enum OverheadCriterion: String, Sendable, Equatable, CaseIterable {
    /// Full integration's complete operation vs the baseline send.
    case total
    /// Send + metric vs send.
    case metrics
    /// One health report per `Workload.healthEvery` messages, per message.
    case health
    /// One capacity check per message.
    case rateLimiting = "rate_limiting"

    /// This criterion's share of the overhead target: the original's limits 1%, 0.5%, 0.3%, 0.2%
    /// scale with `--target-overhead` (total = the target).
    public var shareOfTarget: Double {
        switch self {
        case .total: return 1
        case .metrics: return 0.5
        case .health: return 0.3
        case .rateLimiting: return 0.2
        }
    }

    /// The operation whose cost this criterion compares with the baseline send.
    var treatment: SeriesMeanKey {
        switch self {
        case .total: return SeriesMeanKey(.fullIntegration, .completeOperation)
        case .metrics: return SeriesMeanKey(.metricsIntegration, .messageSendWithMetrics)
        case .health: return SeriesMeanKey(.healthIntegration, .healthReport)
        case .rateLimiting: return SeriesMeanKey(.rateLimitingIntegration, .capacityCheck)
        }
    }

    static let baseline = SeriesMeanKey(.baseline, .messageSend)

    /// How a block's treatment mean t and baseline mean b make an overhead: `nil` weight means
    /// relative, 100·(t/b − 1) (the operation replaces a send); a weight w means an added
    /// operation's cost per message, 100·w·t/b (health: one report per 10 messages, w = 1/10;
    /// rate limiting: one capacity check per message, w = 1).
    public var addedOperationWeight: Double? {
        switch self {
        case .total, .metrics: return nil
        case .health: return 1 / Double(Workload.healthEvery)
        case .rateLimiting: return 1
        }
    }

    /// Overhead in percent of the baseline send for one block's means (ms).
    public func overheadPercent(baseline b: Double, treatment t: Double) -> Double {
        if let w = addedOperationWeight { return 100 * w * t / b }
        return 100 * (t / b - 1)
    }

    /// The same from a block's per-operation window means; nil when the block lacks a window it
    /// needs or the baseline is not positive.
    func overheadPercent(means: [SeriesMeanKey: Double]) -> Double? {
        guard let b = means[Self.baseline], b > 0, let t = means[treatment] else { return nil }
        return overheadPercent(baseline: b, treatment: t)
    }
}

/// A (test, operation) pair within one scale.
public struct SeriesMeanKey: Hashable, Sendable {
    public var test: TestName
    public var operation: OperationName

    public init(_ test: TestName, _ operation: OperationName) {
        self.test = test
        self.operation = operation
    }
}
