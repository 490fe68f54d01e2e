import Foundation
import OverheadFormat
import OverheadStats

/// Simulated recordings with a known true overhead under realistic noise, for proving that the
/// analysis finds the truth (calibration tests) and for analyzer tests that need a recording
/// without running a bus.
///
/// Like the recorder, each scale runs `warmupBlocks` then `blocks` randomised blocks (runs); in
/// each block every configured test runs once, in a shuffled order, `iterations` iterations of
/// its operations in sequence (the shutdown operations once per agent). One simulated clock
/// runs through everything, and every operation's latency is
///
///     mean(test, op, N) · exp(level_b + trend_b·(u − ½)) · burst(t) · ε
///
/// with ε log-normal of mean 1 (σ = `operationSigma`), level_b a random walk across blocks,
/// trend_b a per-block linear trend over the block's position u ∈ [0, 1], and burst(t) a factor
/// that, once a burst starts, stays on for a run of consecutive operations — so a burst often
/// hits one arm of a block and not the other. Seeded: the same configuration gives the same
/// recording.
public struct RecordingSimulator: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var seed: UInt64
        public var agentCounts: [Int]
        public var blocks: Int
        public var warmupBlocks: Int
        public var iterations: Int
        public var tests: [TestName]
        public var truth: Truth
        public var noise: Noise
        /// Simulated start time, seconds since the Unix epoch.
        public var startUnixTime: Double

        public init(
            seed: UInt64, agentCounts: [Int] = [1], blocks: Int = 10, warmupBlocks: Int = 0,
            iterations: Int = 100, tests: [TestName] = TestName.standardSuite, truth: Truth = Truth(),
            noise: Noise = .realistic, startUnixTime: Double = 1_795_000_000
        ) {
            self.seed = seed
            self.agentCounts = agentCounts
            self.blocks = blocks
            self.warmupBlocks = warmupBlocks
            self.iterations = iterations
            self.tests = tests
            self.truth = truth
            self.noise = noise
            self.startUnixTime = startUnixTime
        }
    }

    public var configuration: Configuration

    public init(_ configuration: Configuration) { self.configuration = configuration }

    /// One timed operation as the simulator emits it.
    struct Event {
        /// Index into `slots(for:)` order of this agent count's series: lets sinks avoid hashing per sample.
        var slot: Int
        var agentCount: Int
        var run: Int
        var warmup: Bool
        var test: TestName
        var operation: OperationName
        var iteration: Int
        var elapsedMs: Double
        /// Simulated wall clock at the end of the operation.
        var unixTime: Double
    }

    /// What else happens in a run, for the record output.
    enum Marker {
        case block(BlockPlan)
        case window(WindowMark.Event, test: TestName, agentCount: Int, run: Int, warmup: Bool, unixTime: Double)
    }

    /// The operations of one window of `test` at `agentCount`, in time order: (operation, iteration).
    func schedule(_ test: TestName, agentCount: Int) -> [(OperationName, Int)] {
        var ops: [(OperationName, Int)] = []
        let iterations = configuration.iterations
        switch test {
        case .shutdownIntegration:
            for a in 1...max(1, agentCount) { ops.append((.coordinatedShutdown, a)) }
        case .fullIntegration:
            for i in 1...iterations { ops += pair(.completeOperation, i) }
            for a in 1...max(1, agentCount) { ops.append((.shutdown, a)) }
        default:
            for i in 1...iterations {
                if let op = test.pairedOperation {
                    ops += pair(op, i)
                } else {
                    for op in test.operations { ops.append((op, i)) }
                }
            }
        }
        return ops
    }

    /// A paired window's pair: the operation under test and the paired send, in an order drawn
    /// from the iteration by SplitMix64 (the recorder draws it at random per pair), so neither
    /// order is tied to the periodic iterations.
    private func pair(_ op: OperationName, _ i: Int) -> [(OperationName, Int)] {
        var mix = SplitMix64(state: UInt64(i))
        return mix.next() & 1 == 0 ? [(op, i), (.pairedSend, i)] : [(.pairedSend, i), (op, i)]
    }

    /// Runs the simulation, handing every event and marker to the sinks in time order.
    func simulate(event: (Event) -> Void, marker: (Marker) -> Void) {
        let c = configuration
        let noise = c.noise
        var random = Random(seed: c.seed)
        var clockMs = 0.0
        var level = 0.0
        var burstLeft = 0
        var burstFactor = 1.0
        let sigma = noise.operationSigma
        let muShift = -sigma * sigma / 2
        let burstMu = Foundation.log(max(noise.burstFactor, 1e-12)) - 0.3 * 0.3 / 2
        let burstEnd = 1 / max(noise.burstMeanLength, 1)
        if noise.driftReversion < 1 {
            // A mean-reverting drift starts anywhere in its stationary distribution.
            level =
                noise.driftPerBlock / (1 - noise.driftReversion * noise.driftReversion).squareRoot() * random.normal()
        }
        for n in c.agentCounts {
            let slots = Self.slots(tests: c.tests)
            let slotIndex = Dictionary(
                uniqueKeysWithValues: slots.enumerated().map { ("\($1.0.rawValue)/\($1.1.rawValue)", $0) })
            let slotMeans = slots.map { c.truth.meanMs($0.0, $0.1, agentCount: n) }
            let schedules: [TestName: [(slot: Int, operation: OperationName, iteration: Int)]] =
                Dictionary(
                    uniqueKeysWithValues: c.tests.map { test in
                        (
                            test,
                            schedule(test, agentCount: n).map {
                                (slotIndex["\(test.rawValue)/\($0.0.rawValue)"]!, $0.0, $0.1)
                            }
                        )
                    })
            let blockOps = Double(schedules.values.reduce(0) { $0 + $1.count })
            for (warmup, count) in [(true, c.warmupBlocks), (false, c.blocks)] where count > 0 {
                for run in 1...count {
                    level = noise.driftReversion * level + noise.driftPerBlock * random.normal()
                    let trend = noise.trendWithinBlock * random.normal()
                    var order = c.tests
                    random.shuffle(&order)
                    marker(.block(BlockPlan(agentCount: n, run: run, warmup: warmup, order: order.map(\.rawValue))))
                    var position = 0.0
                    for test in order {
                        let now = c.startUnixTime + clockMs / 1000
                        marker(.window(.start, test: test, agentCount: n, run: run, warmup: warmup, unixTime: now))
                        for (slot, op, iteration) in schedules[test]! {
                            if burstLeft == 0, noise.burstProbability > 0, random.uniform() < noise.burstProbability {
                                // Geometric length with the configured mean, starting at this operation.
                                var length = 1
                                while random.uniform() >= burstEnd, length < 10_000 { length += 1 }
                                burstLeft = length
                                burstFactor = Foundation.exp(burstMu + 0.3 * random.normal())
                            }
                            let u = position / blockOps
                            position += 1
                            var factor = Foundation.exp(level + trend * (u - 0.5) + muShift + sigma * random.normal())
                            if burstLeft > 0 {
                                factor *= burstFactor
                                burstLeft -= 1
                            }
                            let elapsed = slotMeans[slot] * factor
                            clockMs += elapsed + 0.005
                            event(
                                Event(
                                    slot: slot, agentCount: n, run: run, warmup: warmup, test: test, operation: op,
                                    iteration: iteration, elapsedMs: elapsed,
                                    unixTime: c.startUnixTime + clockMs / 1000))
                        }
                        marker(
                            .window(
                                .end, test: test, agentCount: n, run: run, warmup: warmup,
                                unixTime: c.startUnixTime + clockMs / 1000))
                    }
                }
            }
        }
    }
}

extension RecordingSimulator {
    /// The series of the configured tests, in a fixed order: `Event.slot` indexes it.
    static func slots(tests: [TestName]) -> [(TestName, OperationName)] {
        tests.flatMap { test in test.operations.map { (test, $0) } }
    }
}
