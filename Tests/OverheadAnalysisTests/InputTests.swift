import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Inputs: summaries only, no baseline, records passed through")
struct InputTests {
    func summary(_ test: String, _ op: String, _ agents: Int, avg: Double) -> StatisticsSummary {
        StatisticsSummary(
            timestamp: "2025-10-06T10:30:05.456Z", testName: test, agentCount: agents, operation: op, avgMs: avg,
            stddevMs: 0.012, p50Ms: avg * 0.98, p95Ms: avg * 1.14, p99Ms: avg * 1.23, count: nil)
    }

    @Test("summaries only: point estimates, no intervals, criteria not evaluated, warning")
    func summariesOnly() throws {
        // The original README's example: baseline 0.145 ms, metrics 0.147, full 0.148.
        let rec = Recording(
            summaries: [
                summary("baseline", "message_send", 100, avg: 0.145),
                summary("metrics_integration", "message_send_with_metrics", 100, avg: 0.147),
                summary("full_integration", "complete_operation", 100, avg: 0.148),
            ], files: ["original.jsonl"])
        let r = try Analyzer.analyze(rec)
        #expect(r.inputs.source == .statisticsSummaries)
        let total = try #require(r.scales[0].total)
        #expect(abs(total.value - (0.148 / 0.145 - 1) * 100) < 1e-9)
        #expect(total.lower == nil)
        #expect(r.criteria.first { $0.id == "total_overhead" }?.verdict == .notEvaluated)
        #expect(r.criteria.allSatisfy { $0.verdict == .notEvaluated })
        #expect(r.warnings.contains(.summariesOnly))
        #expect(r.series.first { $0.testName == "baseline" }?.mean == 0.145)
        #expect(r.series.first!.histogram.isEmpty)
    }

    @Test("no baseline is an error naming the files")
    func noBaseline() {
        var rec = Recording(files: ["x.jsonl"])
        rec.series[SeriesKey(testName: "full_integration", operation: "complete_operation", agentCount: 1)] =
            SeriesSamples(elapsedMs: [0.1], run: [1], iteration: [1])
        #expect(throws: AnalysisError.noBaseline(files: ["x.jsonl"])) { try Analyzer.analyze(rec) }
        #expect(throws: AnalysisError.self) { try Analyzer.analyze(Recording()) }
    }

    @Test("failures, conservation, partial marker and calibration are summarised")
    func passthrough() throws {
        var rec = SyntheticRecording().build()
        rec.failures = (1...3).map { i in
            OperationFailure(
                timestamp: "t", testName: "health_integration", agentCount: 10, operation: "health_report", run: 1,
                iteration: i, elapsedMs: 1, exitCode: 1, reason: "exit \(i)", stderrTail: "boom \(i)")
        }
        rec.conservation = [
            Conservation(testName: "baseline", agentCount: 1, run: 1, sent: 100, received: 100, drained: 0, evicted: 0),
            Conservation(
                testName: "shutdown_integration", agentCount: 1, run: 1, sent: 10, received: 5, drained: 4, evicted: 0),
        ]
        rec.partial = PartialMarker(reason: "interrupted", detail: "SIGINT during run 3", timestamp: "t")
        rec.calibration = Calibration(timestamp: "t", noopMedianMs: 0.02, noopP95Ms: 0.03, count: 100)
        rec.skippedLines = 2
        rec.diagnostics = [
            Diagnostic(file: "a.jsonl", line: 4, message: "not JSON"),
            Diagnostic(file: "a.jsonl", line: 9, message: "NaN latency"),
        ]
        let r = try Analyzer.analyze(rec)
        #expect(
            r.failures == [
                FailureCount(
                    testName: "health_integration", operation: "health_report", agentCount: 10, count: 3,
                    lastReason: "exit 3", lastStderrTail: "boom 3")
            ])
        #expect(
            r.conservation
                == ConservationSummary(windows: 2, unbalanced: 1, sent: 110, received: 105, drained: 4, evicted: 0))
        #expect(r.inputs.partialReason == "interrupted: SIGINT during run 3")
        #expect(r.calibration == rec.calibration)
        #expect(r.inputs.diagnostics == ["a.jsonl:4: not JSON", "a.jsonl:9: NaN latency"])
        #expect(r.warnings.contains(.partialRecording(reason: "interrupted", detail: "SIGINT during run 3")))
        #expect(r.warnings.contains(.malformedLinesSkipped(count: 2)))
        #expect(r.warnings.contains(.unbalancedWindows(unbalanced: 1, windows: 2)))
        #expect(r.warnings.contains(.failedOperations(count: 3)))
        #expect(r.warnings.contains { if case .driverCost = $0 { true } else { false } })
    }

    @Test("descriptive statistics match numpy")
    func descriptive() throws {
        var rec = Recording()
        let xs = [0.12, 0.15, 0.11, 0.19, 0.13, 0.14, 0.5, 0.16, 0.12, 0.13, 0.17]
        rec.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)] =
            SeriesSamples(elapsedMs: xs, run: xs.map { _ in 1 }, iteration: xs.indices.map { Int32($0 + 1) })
        let s = try Analyzer.analyze(rec).series[0]
        // numpy: x.mean(), x.std(ddof=1), np.percentile(x, [50, 95, 99]) (linear)
        #expect(s.count == 11)
        #expect(abs(s.mean - 0.17454545454545453) < 1e-12)
        #expect(abs(s.stddev - 0.1105769990878425) < 1e-12)
        #expect(abs(s.p50 - 0.14) < 1e-12)
        #expect(abs(s.p95 - 0.345) < 1e-12)
        #expect(abs(s.p99 - 0.469) < 1e-12)
        #expect(s.min == 0.11 && s.max == 0.5)
        #expect(s.histogram.reduce(0) { $0 + $1.count } == 11)
    }
}

@Suite("Scales without a baseline")
struct MissingBaselineScaleTests {
    @Test("a scale without a baseline is left out with a warning")
    func leftOut() throws {
        var rec = SyntheticRecording().build()
        rec.series = rec.series.filter { !($0.key.agentCount == 100 && $0.key.testName == "baseline") }
        let r = try Analyzer.analyze(rec)
        #expect(r.scales.map(\.agentCount) == [1, 10])
        #expect(r.warnings.contains(.noBaseline(agentCounts: [100])))
    }
}
