import Foundation
import OverheadFormat
import OverheadStats
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Few runs and short perf logs")
struct FewRunsTests {
    @Test("runs needed uses t at the larger run count, on the interval's own scale")
    func runsNeededAtTheLargerN() throws {
        // Log scale, 2 runs (df 1), SE_θ 0.167, estimate θ̂ = log(1.3352), limit 1% (θ = log 1.01): the gap is 0.279.
        // scipy: smallest m with t.ppf(0.975, 1 + m − 2)·0.167·√(2/m) < 0.279 is m = 6 → 4 more runs;
        // the fixed-df rule ⌈2·(t.ppf(0.975, 1)·0.167/0.279)²⌉ − 2 gave 114.
        let theta = 0.279 + Foundation.log(1.01)
        let log = LogScale(factor: 100, offset: -100, estimate: theta, standardError: 0.167)
        let interval = MeanInterval(logScale: log, df: 1, n: 2, confidence: 0.95)
        #expect(RunsNeeded.additional(interval, limit: 1, alpha: 0.05) == 4)
        // Plain scale: estimate 1.5, limit 1, SE 0.2, 5 runs (df 4) → m = 6 (scipy as above), 1 more.
        let plain = MeanInterval(estimate: 1.5, standardError: 0.2, df: 4, n: 5, confidence: 0.95)
        #expect(RunsNeeded.additional(plain, limit: 1, alpha: 0.05) == 1)
        // On the limit, or without spread: no estimate.
        #expect(
            RunsNeeded.additional(
                MeanInterval(estimate: 1, standardError: 0.2, df: 4, n: 5, confidence: 0.95), limit: 1, alpha: 0.05)
                == nil)
        #expect(
            RunsNeeded.additional(
                MeanInterval(estimate: 2, standardError: 0, df: 4, n: 5, confidence: 0.95), limit: 1, alpha: 0.05)
                == nil)
    }

    @Test("two runs: no MDE, a sensible runs-needed, readable bounds and a warning")
    func twoRuns() throws {
        var synthetic = SyntheticRecording()
        synthetic.runs = 2
        synthetic.scales = [1, 10]
        synthetic.blockDrift = 0.3
        synthetic.seed = 11
        let r = try Analyzer.analyze(synthetic.build())
        let inconclusive = r.criteria.filter { $0.verdict == .inconclusive }
        #expect(!inconclusive.isEmpty)
        for c in r.criteria where c.measured?.n == 2 {
            #expect(c.minimumDetectableEffect == nil)
        }
        for c in inconclusive {
            let more = try #require(c.additionalRunsNeeded)
            #expect(more >= 1 && more < 1000)
        }
        #expect(r.warnings.contains(.twoRuns(agentCounts: [1, 10])))
        // Five runs: no such warning, and the MDE is back for undecided criteria.
        synthetic.runs = 5
        let five = try Analyzer.analyze(synthetic.build())
        #expect(!five.warnings.contains { if case .twoRuns = $0 { true } else { false } })
        #expect(
            five.criteria.filter { $0.verdict == .inconclusive && $0.measured?.n == 5 }.allSatisfy {
                $0.minimumDetectableEffect != nil
            })
    }

    @Test(
        "an empty perf log leaves the resource criteria not evaluated with a warning; a short one warns about its samples"
    )
    func shortPerfLogs() throws {
        var rec = SyntheticRecording().build()
        rec.perfLogs = ["perf.log"]
        let empty = try Analyzer.analyze(rec)
        for id in ["cpu", "memory_stable", "tmpfs_bounded"] {
            let c = try #require(empty.criteria.first { $0.id == id })
            #expect(c.verdict == .notEvaluated)
            #expect(c.basis == .notEvaluated(.emptyPerfLog))
        }
        #expect(empty.warnings.contains(.emptyPerfLog(files: ["perf.log"])))
        #expect(!empty.warnings.contains(.noPerfLog))

        rec.perf = Array(SyntheticRecording.perf(minutes: 2).prefix(2))
        let two = try Analyzer.analyze(rec)
        #expect(two.warnings.contains(.fewPerfSamples(count: 2)))
        rec.perf = SyntheticRecording.perf(minutes: 2)
        #expect(!(try Analyzer.analyze(rec)).warnings.contains { if case .fewPerfSamples = $0 { true } else { false } })
    }
}
