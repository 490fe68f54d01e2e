import Foundation
import OverheadFormat
import OverheadStats
import TestSupport
import Testing

/// The larger calibration sweep: several noise levels, block counts and true overheads, every
/// estimator method, printed as tables. Slow, so it only runs with `OVERHEAD_SWEEP=1`
/// (see `benchmarks/stats/run-sweep.sh` for the knobs).
@Suite("Sweep", .enabled(if: ProcessInfo.processInfo.environment["OVERHEAD_SWEEP"] == "1"), .serialized)
struct SweepTests {
    static let env = ProcessInfo.processInfo.environment
    static var recordings: Int { Int(env["OVERHEAD_SWEEP_RECORDINGS"] ?? "") ?? 1000 }
    static func list(_ name: String, default d: [Double]) -> [Double] {
        env[name].map { $0.split(separator: " ").compactMap { Double($0) } } ?? d
    }
    static var noises: [(String, RecordingSimulator.Noise)] {
        let wanted = Set(
            (env["OVERHEAD_SWEEP_NOISES"] ?? "quiet realistic heavy").split(separator: " ").map(String.init))
        return [("quiet", RecordingSimulator.Noise.quiet), ("realistic", .realistic), ("heavy", .heavy)]
            .filter { wanted.contains($0.0) }
    }

    @Test func coverageAndVerdictTables() {
        let methods = PairedOverhead.Method.allCases
        let components = (Self.env["OVERHEAD_SWEEP_COMPONENTS"] ?? "metrics control health rateLimiting")
            .split(separator: " ").compactMap { CalibrationScenario.Component(rawValue: String($0)) }
        let blockCounts = Self.list("OVERHEAD_SWEEP_BLOCKS", default: [3, 5, 10, 30, 100]).map(Int.init)
        print("\n## Coverage of 95% intervals and verdict rates (\(Self.recordings) recordings per row)\n")
        print(
            row([
                "component", "noise", "blocks", "true%", "limit%", "method", "coverage", "PASS", "FAIL", "INCONCL",
                "mean est", "mean width",
            ]))
        for component in components {
            // The original's limits: total 1%, health 0.3%, rate limiting 0.2%; true values on both sides.
            let (limit, truths): (Double, [Double]) =
                switch component {
                case .metrics: (1, Self.list("OVERHEAD_SWEEP_TRUE", default: [0, 0.5, 2]))
                case .control: (1, [0])
                case .health: (0.3, [0.1, 0.5])
                case .rateLimiting: (0.2, [0.1, 0.4])
                }
            for (name, noise) in Self.noises {
                for blocks in blockCounts {
                    for truePercent in truths {
                        let s = CalibrationScenario(
                            component: component, truePercent: truePercent, limit: limit, blocks: blocks,
                            noise: noise, recordings: Self.recordings, seed: 0xC0FFEE &+ UInt64(blocks))
                        let out = Calibration.run(s, methods: methods)
                        for m in methods {
                            let o = out[m]!
                            print(
                                row([
                                    component.rawValue, name, "\(blocks)", f(truePercent), f(limit), m.rawValue,
                                    f(o.coverage),
                                    f(o.passRate), f(o.failRate), f(o.inconclusiveRate), f(o.meanEstimate),
                                    f(o.meanWidth),
                                ]))
                        }
                    }
                }
            }
        }
    }

    /// Power: how many blocks a decision about a true 2% (or 0%) against a 1% limit needs.
    @Test func powerTable() {
        let blockCounts = Self.list("OVERHEAD_SWEEP_POWER_BLOCKS", default: [10, 30, 100, 300]).map(Int.init)
        let recordings = max(50, Self.recordings / 5)
        print("\n## Power against a 1% limit, log-ratio method (\(recordings) recordings per row)\n")
        print(row(["noise", "blocks", "true%", "FAIL", "PASS", "INCONCL", "median MDE"]))
        for (name, noise) in Self.noises {
            for blocks in blockCounts {
                for truePercent in [2.0, 0.0] {
                    var fail = 0
                    var pass = 0
                    var mdes: [Double] = []
                    let (tests, bk, tk, kind) = Calibration.setup(.metrics)
                    for r in 0..<recordings {
                        var truth = RecordingSimulator.Truth()
                        truth.metricsPercent = truePercent
                        let rec = RecordingSimulator(
                            .init(
                                seed: 0x9000 &+ UInt64(r) &* 7919 &+ UInt64(blocks), blocks: blocks,
                                tests: tests, truth: truth, noise: noise)
                        ).recording()
                        let (b, t) = RecordingSimulator.pairedBlockMeans(rec, baseline: bk, treatment: tk)
                        guard let i = PairedOverhead.interval(baseline: b, treatment: t, kind: kind, confidence: 0.95)
                        else { continue }
                        let d = ThresholdTest.decide(i, limit: 1, alpha: 0.05)
                        if d.verdict == .fail { fail += 1 }
                        if d.verdict == .pass { pass += 1 }
                        mdes.append(d.minimumDetectableEffect)
                    }
                    let n = Double(recordings)
                    print(
                        row([
                            name, "\(blocks)", f(truePercent), f(Double(fail) / n), f(Double(pass) / n),
                            f(Double(recordings - fail - pass) / n), f(Percentile.linear(mdes, 0.5)),
                        ]))
                }
            }
        }
    }

    /// Does "about N more blocks" hold? For undecided recordings, extend the same simulated run by
    /// the suggested number of blocks (the first blocks are identical) and count decisions.
    @Test func blocksNeededPrediction() {
        let recordings = max(50, Self.recordings / 5)
        print(
            "\n## Blocks-needed estimate: share decided after adding the suggested blocks (\(recordings) recordings)\n")
        print(row(["noise", "blocks", "true%", "undecided", "median +blocks", "decided after", "right verdict"]))
        for (name, noise) in Self.noises {
            for (blocks, truePercent) in [(10, 2.0), (10, 0.0), (30, 2.0), (30, 0.3)] {
                var undecided = 0
                var decidedAfter = 0
                var right = 0
                var added: [Double] = []
                let (tests, bk, tk, kind) = Calibration.setup(.metrics)
                var truth = RecordingSimulator.Truth()
                truth.metricsPercent = truePercent
                for r in 0..<recordings {
                    let seed = 0x7000 &+ UInt64(r) &* 104_729
                    func decide(_ n: Int) -> ThresholdTest? {
                        let rec = RecordingSimulator(
                            .init(seed: seed, blocks: n, tests: tests, truth: truth, noise: noise)
                        ).recording()
                        let (b, t) = RecordingSimulator.pairedBlockMeans(rec, baseline: bk, treatment: tk)
                        return PairedOverhead.interval(baseline: b, treatment: t, kind: kind, confidence: 0.95)
                            .map { ThresholdTest.decide($0, limit: 1, alpha: 0.05) }
                    }
                    guard let first = decide(blocks), first.verdict == .inconclusive,
                        let more = first.additionalBlocksNeeded, more <= 2000
                    else { continue }
                    undecided += 1
                    added.append(Double(more))
                    if let second = decide(blocks + more), second.verdict != .inconclusive {
                        decidedAfter += 1
                        if (second.verdict == .fail) == (truePercent > 1) { right += 1 }
                    }
                }
                let u = Double(max(undecided, 1))
                print(
                    row([
                        name, "\(blocks)", f(truePercent), "\(undecided)",
                        f(added.isEmpty ? .nan : Percentile.linear(added, 0.5)),
                        f(Double(decidedAfter) / u), f(Double(right) / Double(max(decidedAfter, 1))),
                    ]))
            }
        }
    }

    /// P95 and P99 overheads: the same estimator on per-block percentiles.
    @Test func tailOverheadTable() {
        let recordings = max(50, Self.recordings / 2)
        print("\n## Tail overheads: per-block P95/P99, log-ratio method (\(recordings) recordings per row)\n")
        print(
            row([
                "noise", "blocks", "statistic", "true%", "coverage", "PASS (<5%)", "FAIL (>5%)", "mean est",
                "mean width",
            ]))
        for (name, noise) in Self.noises {
            for blocks in Self.list("OVERHEAD_SWEEP_TAIL_BLOCKS", default: [5, 10, 30]).map(Int.init) {
                for q in [0.95, 0.99] {
                    let s = CalibrationScenario(
                        truePercent: 2, limit: 5, blocks: blocks, noise: noise, recordings: recordings,
                        seed: 0x7A11 &+ UInt64(blocks), percentile: q)
                    let o = Calibration.run(s, methods: [.logRatio])[.logRatio]!
                    print(
                        row([
                            name, "\(blocks)", q == 0.95 ? "P95" : "P99", f(2), f(o.coverage), f(o.passRate),
                            f(o.failRate),
                            f(o.meanEstimate), f(o.meanWidth),
                        ]))
                }
            }
        }
    }

    /// Compare mode: two independent recordings (old, new) whose baseline send differs by a known
    /// factor; coverage of the Welch interval of per-block log means, and its verdict against
    /// "no change" and a 2% maximum regression.
    @Test func compareModeTable() {
        let recordings = max(50, Self.recordings / 2)
        print(
            "\n## Compare mode: Welch interval of per-block log means, two independent recordings (\(recordings) pairs per row)\n"
        )
        print(
            row([
                "noise", "drift φ", "blocks", "interval", "true change%", "coverage", "regressed", "improved",
                "no change", "FAIL (>2%)",
            ]))
        let key = SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)
        for (name, baseNoise) in Self.noises {
            for phi in [1.0, 0.8, 0.0] {
                let noise = baseNoise.reverting(phi)
                for blocks in Self.list("OVERHEAD_SWEEP_COMPARE_BLOCKS", default: [5, 10, 30]).map(Int.init) {
                    for change in [0.0, 5.0] {
                        for serial in [false, true] {
                            var covered = 0
                            var regressed = 0
                            var improved = 0
                            var overLimit = 0
                            for r in 0..<recordings {
                                func means(_ seed: UInt64, _ factor: Double) -> [Double] {
                                    var truth = RecordingSimulator.Truth()
                                    truth.baselineSendMs *= factor
                                    let rec = RecordingSimulator(
                                        .init(
                                            seed: seed, blocks: blocks, tests: [.baseline], truth: truth,
                                            noise: noise)
                                    ).recording()
                                    return RecordingSimulator.blockMeans(rec, key).means
                                }
                                let old = means(0x5000 &+ UInt64(r) &* 2, 1)
                                let new = means(0x5001 &+ UInt64(r) &* 2, 1 + change / 100)
                                guard
                                    let i = serial
                                        ? MeanInterval.welchPercentChangeSerial(old, new, confidence: 0.95)
                                        : MeanInterval.welchPercentChange(old, new, confidence: 0.95)
                                else { continue }
                                if i.contains(change) { covered += 1 }
                                switch ThresholdTest.decide(i, limit: 0, alpha: 0.05).verdict {
                                case .fail: regressed += 1
                                case .pass: improved += 1
                                case .inconclusive: break
                                }
                                if ThresholdTest.decide(i, limit: 2, alpha: 0.05).verdict == .fail { overLimit += 1 }
                            }
                            let n = Double(recordings)
                            print(
                                row([
                                    name, f(phi), "\(blocks)", serial ? "AR(1)" : "Welch", f(change),
                                    f(Double(covered) / n),
                                    f(Double(regressed) / n), f(Double(improved) / n),
                                    f(Double(recordings - regressed - improved) / n), f(Double(overLimit) / n),
                                ]))
                        }
                    }
                }
            }
        }
    }

    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    func row(_ cells: [String]) -> String { "| " + cells.map { $0.leftPadded(9) }.joined(separator: " | ") + " |" }
}
