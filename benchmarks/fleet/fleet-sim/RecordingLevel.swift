import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadSimulation

/// Fleets of full simulated recordings through `FleetAnalyzer.analyze`, the path the command takes.
enum RecordingLevel {
    struct Outcome {
        var fleets = 0
        var pooledCovers = 0
        var predictionCovers = 0
        var fleetsWithFalseFlag = 0
        var pooledWidth = 0.0
        var oddFleets = 0
        var oddFlagged = 0
        var threeHostFleets = 0
        var threeHostCovers = 0
    }

    static func run(noise: RecordingSimulator.Noise, blocks: Int, fleets: Int, seed: UInt64) throws -> Outcome {
        var o = Outcome()
        let base = FleetSimulator(.init(seed: seed, blocks: blocks, noise: noise))
        let odd = FleetSimulator(.init(seed: seed &+ 1, oddHostPercent: 10, blocks: blocks, noise: noise))
        let three = FleetSimulator(.init(seed: seed &+ 2, hosts: 3, blocks: blocks, noise: noise))
        for fleet in 0..<fleets {
            let (truth, recordings) = base.recordings(fleet: fleet)
            let analysis = try FleetAnalyzer.analyze(recordings)
            if let pooled = analysis.scales.first?.pooled, let lower = pooled.estimate.lower,
                let upper = pooled.estimate.upper
            {
                o.fleets += 1
                if lower <= 2, 2 <= upper { o.pooledCovers += 1 }
                o.pooledWidth += upper - lower
                if let p = pooled.prediction, let pl = p.lower, let pu = p.upper, pl <= truth.freshPercent,
                    truth.freshPercent <= pu
                {
                    o.predictionCovers += 1
                }
                if !(analysis.scales.first?.outliers.isEmpty ?? true) { o.fleetsWithFalseFlag += 1 }
            }
            let oddAnalysis = try FleetAnalyzer.analyze(odd.recordings(fleet: fleet).recordings)
            if let scale = oddAnalysis.scales.first, scale.pooled != nil {
                o.oddFleets += 1
                if scale.hosts.first?.outlier == .above { o.oddFlagged += 1 }
            }
            let threeAnalysis = try FleetAnalyzer.analyze(three.recordings(fleet: fleet).recordings)
            if let e = threeAnalysis.scales.first?.pooled?.estimate, let lower = e.lower, let upper = e.upper {
                o.threeHostFleets += 1
                if lower <= 2, 2 <= upper { o.threeHostCovers += 1 }
            }
        }
        return o
    }

    /// σ of the per-run total-overhead log ratio in simulated recordings (10 runs, 100 iterations):
    /// root mean square and median over `count` recordings; what `FleetSimulator`'s run sigmas are.
    static func runSpread(noise: RecordingSimulator.Noise, count: Int) -> (rms: Double, median: Double) {
        var sds: [Double] = []
        for seed in 1...UInt64(count) {
            let recording = RecordingSimulator(
                .init(
                    seed: seed, agentCounts: [10], blocks: 10, iterations: 100, tests: [.baseline, .fullIntegration],
                    truth: .init(totalPercent: 2), noise: noise)
            ).recording()
            let pairs = RecordingSimulator.pairedBlockMeans(
                recording, baseline: SeriesKey(testName: "baseline", operation: "message_send", agentCount: 10),
                treatment: SeriesKey(testName: "full_integration", operation: "complete_operation", agentCount: 10))
            let logs = zip(pairs.baseline, pairs.treatment).map { Foundation.log($1 / $0) }
            let mean = logs.reduce(0, +) / Double(logs.count)
            sds.append((logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count - 1)).squareRoot())
        }
        let rms = (sds.reduce(0) { $0 + $1 * $1 } / Double(sds.count)).squareRoot()
        return (rms, sds.sorted()[sds.count / 2])
    }
}
