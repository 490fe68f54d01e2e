import Foundation
import OverheadFormat

/// Builds recordings with known component costs, for checking attribution and verdicts.
/// Every latency is base × (1 + cost) × block drift × per-sample noise; the drift is shared by
/// every test of a block, as on a real machine where a noise burst hits the whole block.
public struct SyntheticRecording {
    /// Relative costs (fractions, 0.004 = 0.4%) per scale.
    public struct Costs {
        public var metrics = 0.004
        /// health_report costs this fraction of a send per message at one report per 10 messages.
        public var healthPerMessage = 0.002
        public var rateLimiting = 0.001
        /// Extra cost of the full operation beyond the three components.
        public var residual = 0.001
        /// A/A control shift (0 for a quiet machine).
        public var control = 0.0

        public init(
            metrics: Double = 0.004, healthPerMessage: Double = 0.002, rateLimiting: Double = 0.001,
            residual: Double = 0.001,
            control: Double = 0.0
        ) {
            self.metrics = metrics
            self.healthPerMessage = healthPerMessage
            self.rateLimiting = rateLimiting
            self.residual = residual
            self.control = control
        }
    }

    public var scales: [Int] = [1, 10, 100]
    public var runs = 10
    public var iterations = 100
    public var baseMs: (Int) -> Double = { _ in 0.1 }
    public var costs: (Int) -> Costs = { _ in Costs() }
    /// Standard deviation of the block drift and of per-sample noise (log scale).
    public var blockDrift = 0.05
    public var sampleNoise = 0.005
    public var seed: UInt64 = 42
    public var tests: Set<TestName> = Set(TestName.standardSuite)

    public init() {}

    public func build() -> Recording {
        var rng = SplitMix(seed: seed)
        var rec = Recording()
        rec.files = ["synthetic.jsonl"]
        for agents in scales {
            let base = baseMs(agents)
            let c = costs(agents)
            let full = 1 + c.metrics + c.healthPerMessage + c.rateLimiting + c.residual
            let plan: [(TestName, OperationName, Double)] = [
                (.baseline, .messageSend, base),
                (.baseline, .messageReceive, base * 0.8),
                (.baselineControl, .messageSend, base * (1 + c.control)),
                (.metricsIntegration, .messageSendWithMetrics, base * (1 + c.metrics)),
                (.healthIntegration, .healthReport, base * c.healthPerMessage * 10),
                (.healthIntegration, .healthCheck, base * 0.05),
                (.rateLimitingIntegration, .capacityCheck, base * c.rateLimiting),
                (.rateLimitingIntegration, .sendWithBackpressure, base * 1.01),
                (.shutdownIntegration, .coordinatedShutdown, 2.0),
                (.fullIntegration, .completeOperation, base * full),
            ]
            for run in 1...runs {
                let drift = exp(blockDrift * rng.normal())
                for (test, op, mean) in plan where tests.contains(test) {
                    let key = SeriesKey(testName: test.rawValue, operation: op.rawValue, agentCount: agents)
                    var s = rec.series[key] ?? SeriesSamples()
                    for i in 1...iterations {
                        s.append(elapsedMs: mean * drift * exp(sampleNoise * rng.normal()), run: run, iteration: i)
                    }
                    rec.series[key] = s
                    rec.recordsRead += iterations
                }
            }
        }
        return rec
    }

    /// A flat perf log of `minutes` at 1 s, with memory growing by `memorySlope` MB/min.
    public static func perf(
        minutes: Double = 2, cpu: Double = 2, memorySlope: Double = 0, tmpfs: Double = 12, seed: UInt64 = 7
    ) -> [PerfSample] {
        var rng = SplitMix(seed: seed)
        let t0 = 1_700_000_000.0
        return (0..<Int(minutes * 60)).map { i in
            let t = Double(i)
            return PerfSample(
                unixTime: t0 + t, cpuPercent: cpu + 0.2 * rng.normal(),
                memoryMB: 1500 + memorySlope * t / 60 + 0.5 * rng.normal(),
                tmpfsMB: tmpfs + 0.01 * rng.normal())
        }
    }
}

/// SplitMix64 with Box–Muller normals: small and reproducible for test data.
public struct SplitMix {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    public mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / Double(1 << 53) }
    public mutating func normal() -> Double { (-2 * log(uniform())).squareRoot() * cos(2 * .pi * uniform()) }
}
