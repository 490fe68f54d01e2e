/// One calibration scenario: many simulated recordings of one component with a known true
/// overhead, judged against a limit. Run by `Calibration.run`.
public struct CalibrationScenario: Sendable {
    public enum Component: String, Sendable, CaseIterable {
        /// metrics_integration/message_send_with_metrics vs baseline/message_send: relative.
        case metrics
        /// baseline_control vs baseline (A/A): relative, truth 0.
        case control
        /// health_integration/health_report × 1/10 vs baseline/message_send: scaled.
        case health
        /// rate_limiting_integration/capacity_check vs baseline/message_send: additive.
        case rateLimiting
    }

    public var component: Component
    public var truePercent: Double
    public var limit: Double
    public var blocks: Int
    public var iterations: Int
    public var noise: RecordingSimulator.Noise
    public var recordings: Int
    public var seed: UInt64
    public var confidence: Double
    /// The per-block statistic: mean latency, or this percentile (for P95/P99 overhead intervals).
    public var percentile: Double?

    public init(
        component: Component = .metrics, truePercent: Double, limit: Double = 1, blocks: Int, iterations: Int = 100,
        noise: RecordingSimulator.Noise, recordings: Int, seed: UInt64, confidence: Double = 0.95,
        percentile: Double? = nil
    ) {
        self.component = component
        self.truePercent = truePercent
        self.limit = limit
        self.blocks = blocks
        self.iterations = iterations
        self.noise = noise
        self.recordings = recordings
        self.seed = seed
        self.confidence = confidence
        self.percentile = percentile
    }
}
