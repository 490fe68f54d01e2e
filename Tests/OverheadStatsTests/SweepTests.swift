import Foundation
import OverheadStats
import Testing
import TestSupport

/// The larger calibration sweep: several noise levels, block counts and true overheads, every
/// estimator method, printed as tables. Slow, so it only runs with `OVERHEAD_SWEEP=1`
/// (see `benchmarks/stats/run-sweep.sh`).
@Suite("Sweep", .enabled(if: ProcessInfo.processInfo.environment["OVERHEAD_SWEEP"] == "1"))
struct SweepTests {
    static let env = ProcessInfo.processInfo.environment
    static var recordings: Int { Int(env["OVERHEAD_SWEEP_RECORDINGS"] ?? "") ?? 1000 }
    static func list(_ name: String, default d: [Double]) -> [Double] {
        env[name].map { $0.split(separator: " ").compactMap { Double($0) } } ?? d
    }

    @Test func coverageAndVerdictTables() {
        let wanted = Set((Self.env["OVERHEAD_SWEEP_NOISES"] ?? "quiet realistic heavy").split(separator: " ").map(String.init))
        let noises = [("quiet", RecordingSimulator.Noise.quiet), ("realistic", .realistic), ("heavy", .heavy)]
            .filter { wanted.contains($0.0) }
        let methods = PairedOverhead.Method.allCases
        print("component noise blocks true% limit% method coverage pass fail inconclusive mean-estimate mean-width")
        let components = (Self.env["OVERHEAD_SWEEP_COMPONENTS"] ?? "metrics control health rateLimiting")
            .split(separator: " ").compactMap { CalibrationScenario.Component(rawValue: String($0)) }
        for component in components {
        // The original's limits: total 1%, health 0.3%, rate limiting 0.2%; true values around them.
        let (limit, truths): (Double, [Double]) = switch component {
        case .metrics: (1, Self.list("OVERHEAD_SWEEP_TRUE", default: [0, 0.5, 2]))
        case .control: (1, [0])
        case .health: (0.3, [0.1, 0.5])
        case .rateLimiting: (0.2, [0.1, 0.4])
        }
        for (name, noise) in noises {
            for blocks in Self.list("OVERHEAD_SWEEP_BLOCKS", default: [3, 5, 10, 30, 100]).map(Int.init) {
                for truePercent in truths {
                    let s = CalibrationScenario(component: component, truePercent: truePercent, limit: limit, blocks: blocks, noise: noise,
                                                recordings: Self.recordings, seed: 0xC0FFEE &+ UInt64(blocks))
                    let out = Calibration.run(s, methods: methods)
                    for m in methods {
                        let o = out[m]!
                        print("\(component.rawValue) \(name) \(blocks) \(truePercent) \(limit) \(m.rawValue) \(f(o.coverage)) \(f(o.passRate)) "
                              + "\(f(o.failRate)) \(f(o.inconclusiveRate)) \(f(o.meanEstimate)) \(f(o.meanWidth))")
                    }
                }
            }
        }
        }
    }

    func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
