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

    /// Overhead in percent of the baseline send, from one block's per-operation window means (ms);
    /// nil when the block lacks a window it needs or the baseline is not positive.
    func overheadPercent(means: [SeriesMeanKey: Double]) -> Double? {
        guard let base = means[SeriesMeanKey(.baseline, .messageSend)], base > 0 else { return nil }
        switch self {
        case .total:
            return means[SeriesMeanKey(.fullIntegration, .completeOperation)].map { 100 * ($0 - base) / base }
        case .metrics:
            return means[SeriesMeanKey(.metricsIntegration, .messageSendWithMetrics)].map { 100 * ($0 - base) / base }
        case .health:
            return means[SeriesMeanKey(.healthIntegration, .healthReport)].map { 100 * $0 / Double(Workload.healthEvery) / base }
        case .rateLimiting:
            return means[SeriesMeanKey(.rateLimitingIntegration, .capacityCheck)].map { 100 * $0 / base }
        }
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
