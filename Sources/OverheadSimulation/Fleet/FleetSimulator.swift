import Foundation
import OverheadFormat

/// Simulated fleets with a known truth, for proving the fleet analysis: each host's true total
/// overhead is drawn as o_h ~ N(`meanPercent`, `tauPoints`²) percent (one host may be set to an
/// odd value), and one more "fresh" host is drawn the same way for the prediction interval.
///
/// Two levels of simulation:
/// - `recordings(fleet:)`: every host a full simulated recording (`RecordingSimulator`, baseline
///   and full-integration tests, `blocks` runs, the configured machine noise), analysed like
///   any recording. Slower; used by the fleet benchmark.
/// - `effects(fleet:)`: every host's estimate as the analyzer forms it, from `blocks` per-run log
///   ratios θ_b = log(1 + o_h/100) + σ·ε_b with σ = `runSigma` (the per-run spread simulated
///   recordings show, `quietRunSigma` or `realisticRunSigma`): mean, standard error s/√B and
///   B − 1 df. Fast; used by the tests.
///
/// Seeded: fleet `i` of a configuration is always the same fleet.
public struct FleetSimulator: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var seed: UInt64
        public var hosts: Int
        public var meanPercent: Double
        public var tauPoints: Double
        /// When set, host 0's true overhead is this instead of a draw.
        public var oddHostPercent: Double?
        public var blocks: Int
        /// σ of one run's log ratio (effect-level simulation).
        public var runSigma: Double
        /// Machine noise and iterations (recording-level simulation).
        public var noise: RecordingSimulator.Noise
        public var iterations: Int

        public init(
            seed: UInt64, hosts: Int = 20, meanPercent: Double = 2, tauPoints: Double = 1,
            oddHostPercent: Double? = nil, blocks: Int = 10, runSigma: Double = FleetSimulator.quietRunSigma,
            noise: RecordingSimulator.Noise = .quiet, iterations: Int = 100
        ) {
            self.seed = seed
            self.hosts = hosts
            self.meanPercent = meanPercent
            self.tauPoints = tauPoints
            self.oddHostPercent = oddHostPercent
            self.blocks = blocks
            self.runSigma = runSigma
            self.noise = noise
            self.iterations = iterations
        }
    }

    /// σ of one run's total-overhead log ratio in recordings the simulator makes with 100
    /// iterations on the quiet machine (`Noise.quiet`): the root mean square of the per-run
    /// standard deviation over 40 recordings of 10 runs is 0.0147 (`benchmarks/fleet/run.sh`
    /// prints it as "per-run spread").
    public static let quietRunSigma = 0.015
    /// The same on the realistic shared machine (`Noise.realistic`): 0.068, with heavy tails
    /// from its outlier bursts (median 0.054).
    public static let realisticRunSigma = 0.068

    /// One host's estimate: θ̂ = mean log ratio, its standard error and degrees of freedom.
    public struct HostEstimate: Sendable, Equatable {
        public var theta: Double
        public var standardError: Double
        public var df: Double
    }

    /// One simulated fleet's truth.
    public struct Truth: Sendable, Equatable {
        /// Each host's true total overhead, percent.
        public var hostPercents: [Double]
        /// A further host's, drawn like the others (never the odd one).
        public var freshPercent: Double
    }

    public var configuration: Configuration

    public init(_ configuration: Configuration) { self.configuration = configuration }

    /// The truth of fleet `fleet`.
    public func truth(fleet: Int) -> Truth {
        var random = RecordingSimulator.Random(seed: seed(fleet, salt: 0))
        let c = configuration
        var hosts = (0..<c.hosts).map { _ in c.meanPercent + c.tauPoints * random.normal() }
        if let odd = c.oddHostPercent, !hosts.isEmpty { hosts[0] = odd }
        return Truth(hostPercents: hosts, freshPercent: c.meanPercent + c.tauPoints * random.normal())
    }

    /// Per-host estimates (effect level).
    public func effects(fleet: Int) -> (truth: Truth, estimates: [HostEstimate]) {
        let t = truth(fleet: fleet)
        var random = RecordingSimulator.Random(seed: seed(fleet, salt: 1))
        let c = configuration
        let estimates = t.hostPercents.map { o -> HostEstimate in
            let theta = Foundation.log1p(o / 100)
            let runs = (0..<c.blocks).map { _ in theta + c.runSigma * random.normal() }
            let mean = runs.reduce(0, +) / Double(runs.count)
            let ss = runs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let se = (ss / Double(runs.count - 1) / Double(runs.count)).squareRoot()
            return HostEstimate(theta: mean, standardError: se, df: Double(runs.count - 1))
        }
        return (t, estimates)
    }

    /// Per-host simulated recordings (recording level): baseline and full integration only, one
    /// scale (10 agents), the host's true overhead as the total.
    public func recordings(fleet: Int) -> (truth: Truth, recordings: [Recording]) {
        let t = truth(fleet: fleet)
        let c = configuration
        let recordings = t.hostPercents.enumerated().map { i, o in
            RecordingSimulator(
                .init(
                    seed: seed(fleet, salt: 2 + UInt64(i)), agentCounts: [10], blocks: c.blocks,
                    iterations: c.iterations, tests: [.baseline, .fullIntegration],
                    truth: RecordingSimulator.Truth(totalPercent: o), noise: c.noise)
            ).recording()
        }
        return (t, recordings)
    }

    private func seed(_ fleet: Int, salt: UInt64) -> UInt64 {
        configuration.seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(fleet) &* 0x1000_0000_01B3 &+ salt
            &* 0xD1B5_4A32_D192_ED03
    }
}
