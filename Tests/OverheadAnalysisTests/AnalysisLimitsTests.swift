import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

/// `AnalysisLimits`: how much of an absurdly wide recording is analysed, and the warnings that say so.
@Suite("Analysis limits")
struct AnalysisLimitsTests {
    func summary(_ test: String, _ op: String, _ agents: Int) -> StatisticsSummary {
        StatisticsSummary(
            timestamp: "t", testName: test, agentCount: agents, operation: op, avgMs: 0.1, stddevMs: 0.01,
            p50Ms: 0.1, p95Ms: 0.12, p99Ms: 0.13, count: 10)
    }

    @Test("beyond maxScales agent counts only the smallest are analysed, with a warning; compare too")
    func scales() throws {
        let total = AnalysisLimits.maxScales * 3
        let rec = Recording(
            summaries: (1...total).flatMap {
                [summary("baseline", "message_send", $0), summary("full_integration", "complete_operation", $0)]
            }, files: ["x.jsonl"])
        let r = try Analyzer.analyze(rec)
        #expect(r.scales.map(\.agentCount) == Array(1...AnalysisLimits.maxScales))
        #expect(Set(r.series.map(\.agentCount)).count == AnalysisLimits.maxScales)
        #expect(r.warnings.first == .limited(.agentCounts, kept: AnalysisLimits.maxScales, total: total))
        let c = try Comparator.compare(old: rec, new: rec)
        #expect(c.rows.count == 2 * AnalysisLimits.maxScales)
        #expect(c.warnings.contains(.limited(.old, .agentCounts, kept: AnalysisLimits.maxScales, total: total)))
    }

    @Test("series outside the suite are kept up to maxOtherSeries; the suite's own always")
    func otherSeries() throws {
        let others = AnalysisLimits.maxOtherSeries + 25
        let rec = Recording(
            summaries: [summary("baseline", "message_send", 1), summary("full_integration", "complete_operation", 1)]
                + (0..<others).map { summary("made_up_\($0)", "op", 1) }, files: ["x.jsonl"])
        let r = try Analyzer.analyze(rec)
        #expect(r.series.count == 2 + AnalysisLimits.maxOtherSeries)
        #expect(r.series.contains { $0.testName == "full_integration" })
        #expect(r.warnings.contains(.limited(.otherSeries, kept: AnalysisLimits.maxOtherSeries, total: others)))
    }

    @Test("the failures table keeps maxFailureSeries rows; the failure count covers every record")
    func failures() throws {
        var rec = SyntheticRecording().build()
        let series = AnalysisLimits.maxFailureSeries + 10
        rec.failures = (0..<series).map { i in
            OperationFailure(
                timestamp: "t", testName: "t\(i)", agentCount: 1, operation: "op", run: 1, iteration: 1,
                elapsedMs: 1, exitCode: 1, reason: "r", stderrTail: "")
        }
        let r = try Analyzer.analyze(rec)
        #expect(r.failures.count == AnalysisLimits.maxFailureSeries)
        #expect(r.warnings.contains(.failedOperations(count: series)))
        #expect(r.warnings.contains(.limited(.failureSeries, kept: AnalysisLimits.maxFailureSeries, total: series)))
    }

    @Test("undecided decision records become at most maxUndecidedWarnings warnings")
    func decisions() throws {
        var rec = SyntheticRecording().build()
        let count = AnalysisLimits.maxUndecidedWarnings + 5
        rec.decisions = (0..<count).map { _ in Decision(timestamp: "t", blocks: 3, decided: false, detail: "max runs") }
        let r = try Analyzer.analyze(rec)
        #expect(
            r.warnings.filter { if case .stoppedUndecided = $0 { true } else { false } }.count
                == AnalysisLimits.maxUndecidedWarnings)
        #expect(
            r.warnings.contains(
                .limited(.undecidedDecisions, kept: AnalysisLimits.maxUndecidedWarnings, total: count)))
    }
}
