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
            #expect(!c.detail.contains("detectable"))
        }
        for c in inconclusive {
            let more = try #require(c.additionalRunsNeeded)
            #expect(more >= 1 && more < 1000)
        }
        #expect(
            r.warnings.contains(
                "Only 2 runs at 1, 10 agents: intervals from 2 runs are very wide; record ≥ 5 runs (--runs) for verdicts."
            ))
        // Five runs: no such warning, and the MDE is back for undecided criteria.
        synthetic.runs = 5
        let five = try Analyzer.analyze(synthetic.build())
        #expect(!five.warnings.contains { $0.contains("Only 2 runs") })
        #expect(
            five.criteria.filter { $0.verdict == .inconclusive && $0.measured?.n == 5 }.allSatisfy {
                $0.minimumDetectableEffect != nil
            })
    }

    @Test("percentages beyond ±1000 read as bounds in the detail; the numbers stay raw")
    func cappedDetail() {
        let e = Estimate(value: 33.5, lower: -84.02, upper: 10_007_662_665.35, confidence: 0.95, n: 2)
        #expect(CriteriaEvaluation.describe(e, unit: "%") == "33.5% (95% CI -84.02 to >+1000%, 2 runs)")
        #expect(
            CriteriaEvaluation.describe(
                Estimate(value: -2000, lower: -3000, upper: 5, confidence: 0.95, n: 3), unit: " MB/min")
                == "-2000 MB/min (95% CI -3000 to 5 MB/min, 3 runs)")
        #expect(CriteriaEvaluation.format(-1500, unit: "%") == "<-1000")
        #expect(CriteriaEvaluation.format(1000, unit: "%") == "1000")
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
            #expect(c.detail == "the perf log has no samples")
        }
        #expect(
            empty.warnings.contains {
                $0.contains("(perf.log) has no samples") && $0.contains("--sample-interval 0.05")
            })
        #expect(!empty.warnings.contains { $0.hasPrefix("No perf log") })

        rec.perf = Array(SyntheticRecording.perf(minutes: 2).prefix(2))
        let two = try Analyzer.analyze(rec)
        #expect(two.warnings.contains { $0.contains("only 2 samples") && $0.contains("--sample-interval 0.05") })
        rec.perf = SyntheticRecording.perf(minutes: 2)
        #expect(!(try Analyzer.analyze(rec)).warnings.contains { $0.contains("--sample-interval") })
    }
}
