extension RecordingSimulator {
    /// How the simulated machine misbehaves. Every effect is multiplicative, so the treatment's
    /// latency distribution is the baseline's scaled by the true ratio, and the true overhead is
    /// exactly the ratio of the configured mean latencies whatever the noise.
    public struct Noise: Sendable, Equatable {
        /// σ of log latency of one operation (log-normal, mean-preserving): 0.25 ≈ the ±25%
        /// run-to-run spread of one tmpfs send.
        public var operationSigma: Double
        /// σ of the block-to-block random walk of log latency (slow drift: thermal state, page
        /// cache, a neighbour's load).
        public var driftPerBlock: Double
        /// σ of a linear trend of log latency across one block (start to end), so the arm run
        /// later in a block is systematically slower or faster in that block.
        public var trendWithinBlock: Double
        /// Probability per operation that an outlier burst starts.
        public var burstProbability: Double
        /// Mean length of a burst in consecutive operations (geometric).
        public var burstMeanLength: Double
        /// Mean latency multiplier during a burst (log-normal around it, σ 0.3).
        public var burstFactor: Double
        /// φ of the drift: level_b = φ·level_{b−1} + step. 1 (the presets) is a random walk, which
        /// never returns; below 1 the level reverts to the machine's own (stationary AR(1), the
        /// model under which two recordings made at different times can be compared at all).
        public var driftReversion: Double = 1

        public init(
            operationSigma: Double, driftPerBlock: Double, trendWithinBlock: Double,
            burstProbability: Double, burstMeanLength: Double, burstFactor: Double, driftReversion: Double = 1
        ) {
            self.driftReversion = driftReversion
            self.operationSigma = operationSigma
            self.driftPerBlock = driftPerBlock
            self.trendWithinBlock = trendWithinBlock
            self.burstProbability = burstProbability
            self.burstMeanLength = burstMeanLength
            self.burstFactor = burstFactor
        }

        /// Every sample equals its true mean: for exact expectations in analyzer tests.
        public static let none = Noise(
            operationSigma: 0, driftPerBlock: 0, trendWithinBlock: 0,
            burstProbability: 0, burstMeanLength: 1, burstFactor: 1)
        /// A quiet, pinned machine.
        public static let quiet = Noise(
            operationSigma: 0.10, driftPerBlock: 0.01, trendWithinBlock: 0.01,
            burstProbability: 0, burstMeanLength: 1, burstFactor: 1)
        /// A shared 2-core VM as measured here: ±25% per send, drift, rare bursts of a few slow operations.
        public static let realistic = Noise(
            operationSigma: 0.25, driftPerBlock: 0.05, trendWithinBlock: 0.03,
            burstProbability: 0.001, burstMeanLength: 5, burstFactor: 3)
        /// This noise with a mean-reverting drift of coefficient φ.
        public func reverting(_ phi: Double) -> Noise {
            var copy = self
            copy.driftReversion = phi
            return copy
        }

        /// A busy machine: wide latencies, strong drift, frequent long bursts.
        public static let heavy = Noise(
            operationSigma: 0.45, driftPerBlock: 0.10, trendWithinBlock: 0.08,
            burstProbability: 0.003, burstMeanLength: 15, burstFactor: 4)
    }
}
