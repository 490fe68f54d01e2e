import OverheadAnalysis
import Testing

@testable import OverheadReports

@Suite("criterion and warning sentences")
struct CriterionTextTests {
    @Test("percentages beyond ±1000 read as bounds in the sentence; the numbers stay raw")
    func cappedPercentages() {
        let e = Estimate(value: 33.5, lower: -84.02, upper: 10_007_662_665.35, confidence: 0.95, n: 2)
        #expect(CriterionText.measured(e, unit: "%") == "33.5% (95% CI -84.02 to >+1000%, 2 runs)")
        #expect(
            CriterionText.measured(
                Estimate(value: -2000, lower: -3000, upper: 5, confidence: 0.95, n: 3), unit: " MB/min")
                == "-2000 MB/min (95% CI -3000 to 5 MB/min, 3 runs)")
        #expect(NumberText.compact(-1500, unit: "%") == "<-1000")
        #expect(NumberText.compact(1000, unit: "%") == "1000")
        #expect(NumberText.compact(-0.0001) == "0")
    }

    @Test("an inconclusive criterion says what would decide it, in the sentence or as a hint")
    func inconclusiveSentence() {
        var c = CriterionResult(
            id: "total_overhead", title: "Total overhead", agentCount: 10,
            measured: Estimate(value: 0.91, lower: 0.55, upper: 1.27, confidence: 0.95, n: 5), limit: 1, unit: "%",
            verdict: .inconclusive, basis: .intervalContainsLimit, minimumDetectableEffect: 0.36,
            additionalRunsNeeded: 12)
        #expect(
            CriterionText.detail(c)
                == "0.91% (95% CI 0.55 to 1.27%, 5 runs), limit 1%: the interval contains the limit; "
                + "smallest detectable difference ≈ 0.36%; about 12 more runs would decide it")
        #expect(CriterionText.detailHasHint(c))
        c.minimumDetectableEffect = nil
        c.additionalRunsNeeded = nil
        c.basis = .excludedBeforeAdjustment(family: 3)
        #expect(CriterionText.detail(c).hasSuffix("not after Holm–Bonferroni adjustment across 3 criteria"))
        #expect(!CriterionText.detailHasHint(c))
        #expect(CriterionText.decisionHint(c) == "more runs are needed to decide")
    }

    @Test("an outright failure leads the sentence; notes follow it")
    func outrightFailureAndNotes() {
        let c = CriterionResult(
            id: "tmpfs_bounded", title: "tmpfs growth", agentCount: nil, measured: nil, limit: 1, unit: " MB/min",
            verdict: .fail, basis: .notEvaluated(.perfLogTooShort(spanSeconds: 0.8, neededSeconds: 60)),
            outrightFailure: .tmpfsPeakReachedLimit(peakMB: 300, limitMB: 256),
            notes: [.recorderOutputExcluded(maxMB: 4.25), .tmpfsPeak(peakMB: 300, limitMB: 256)],
            intervalUnits: .perfSampleBatches, minimumDetectableEffect: nil, additionalRunsNeeded: nil)
        #expect(
            CriterionText.detail(c)
                == "peak 300 MB reached the 256 MB limit; excluding the recorder's own output, 4.25 MB at most; "
                + "peak 300 MB (limit 256 MB)")
    }

    @Test("warnings read as sentences with their figures")
    func warningSentences() {
        #expect(
            WarningText.sentence(.twoRuns(agentCounts: [1, 10]))
                == "Only 2 runs at 1, 10 agents: intervals from 2 runs are very wide; record ≥ 5 runs (--runs) for verdicts."
        )
        #expect(WarningText.sentence(.fewPerfSamples(count: 2)).contains("only 2 samples"))
        #expect(
            WarningText.sentence(.libraryStderr(lines: 24, log: "/r/shell-target.stderr.log", first: ["a", "b"]))
                == "The library wrote 24 lines to stderr during the run (/r/shell-target.stderr.log); first: a | b")
        #expect(WarningText.sentence(.emptyPerfLog(files: ["perf.log"])).contains("(perf.log) has no samples"))
        #expect(
            WarningText.sentence(.differentHosts([ManifestChange(name: "hostname", old: "ci-1", new: "ci-2")]))
                == "The recordings come from different hosts: hostname ci-1 → ci-2.")
        #expect(
            WarningText.sentence(.drift(.new, autocorrelation: 0.6789, series: 4, threshold: 0.5)).hasPrefix(
                "NEW's run means drift from run to run: lag-1 autocorrelation 0.68 pooled over 4 series (warning from 0.5)"
            ))
    }
}
