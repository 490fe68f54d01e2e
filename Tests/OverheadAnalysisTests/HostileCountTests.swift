import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

/// Counts and latencies a hostile or corrupt recording can hold: the analysis must neither trap
/// on them nor report them as if they were ordinary.
@Suite("Hostile counts and latencies")
struct HostileCountTests {
    @Test("counts summed saturate at Int.max and say so, instead of trapping")
    func countSum() {
        var added = CountSum()
        for v in [1, 2, 3] { added.add(v) }
        #expect(added == CountSum([1, 2, 3]))
        #expect(CountSum([1, 2, 3]).total == 6)
        #expect(!CountSum([1, 2, 3]).overflow)
        let big = CountSum([Int.max, 1, 5])
        #expect(big.total == Int.max)
        #expect(big.overflow)
        #expect(CountSum([Int.max, Int.max]).total == Int.max)
        #expect(CountSum([Int.min, -1]).total == Int.min)
    }

    @Test("a conservation record receiving Int.max messages: no trap, unbalanced, counts overflow warned")
    func conservationOverflow() throws {
        var rec = SyntheticRecording().build()
        let huge = Conservation(
            testName: "baseline", agentCount: 1, run: 1, sent: 10, received: Int.max, drained: 5, evicted: 1)
        #expect(!huge.balanced)
        rec.conservation = [huge, huge]
        let r = try Analyzer.analyze(rec)
        #expect(r.conservation.received == Int.max)
        #expect(r.conservation.overflow)
        #expect(r.conservation.unaccounted == nil)
        #expect(r.conservation.unbalanced == 2)
        #expect(r.warnings.contains(.conservationCountsOverflow))

        rec.conservation = [
            Conservation(testName: "baseline", agentCount: 1, run: 1, sent: 10, received: 4, drained: 5, evicted: 0)
        ]
        let small = try Analyzer.analyze(rec)
        #expect(small.conservation.unaccounted == 1)
        #expect(!small.warnings.contains(.conservationCountsOverflow))
    }

    @Test("two statistics records of one series claiming Int.max samples: count capped, warned; compare too")
    func summaryCountOverflow() throws {
        func summary(_ test: String, _ op: String, count: Int?) -> StatisticsSummary {
            StatisticsSummary(
                timestamp: "t", testName: test, agentCount: 1, operation: op, avgMs: 0.1, stddevMs: 0.01, p50Ms: 0.1,
                p95Ms: 0.12, p99Ms: 0.13, count: count)
        }
        let rec = Recording(
            summaries: [
                summary("baseline", "message_send", count: Int.max),
                summary("baseline", "message_send", count: Int.max),
                summary("full_integration", "complete_operation", count: 3),
            ], files: ["x.jsonl"])
        let r = try Analyzer.analyze(rec)
        #expect(r.series.first { $0.testName == "baseline" }?.count == Int.max)
        #expect(r.series.first { $0.testName == "full_integration" }?.count == 3)
        #expect(r.warnings.contains(.summaryCountsOverflow(series: 1, first: "baseline/message_send@1")))
        let c = try Comparator.compare(old: rec, new: rec)
        #expect(c.rows.count == 2)
    }

    @Test("an end record claiming more samples than the file holds is warned about; a true one is not")
    func endClaim() throws {
        var rec = SyntheticRecording().build()
        rec.files = ["r.jsonl"]
        let found = rec.series.values.reduce(0) { $0 + $1.count } + rec.warmupSamples
        rec.end = RunEnd(timestamp: "t", samples: found, failures: 0, evictions: 0)
        #expect(
            !(try Analyzer.analyze(rec)).warnings.contains { if case .sampleCountMismatch = $0 { true } else { false } }
        )
        rec.skippedLines = 2
        rec.end?.samples = found + 2
        #expect(
            !(try Analyzer.analyze(rec)).warnings.contains { if case .sampleCountMismatch = $0 { true } else { false } }
        )
        rec.end?.samples = 999_999_999
        #expect(try Analyzer.analyze(rec).warnings.contains(.sampleCountMismatch(claimed: 999_999_999, found: found)))
        rec.end?.samples = found - 1
        #expect(try Analyzer.analyze(rec).warnings.contains(.sampleCountMismatch(claimed: found - 1, found: found)))
    }

    @Test("all-zero latencies: the reason is no usable ratio, not missing full_integration measurements")
    func zeroLatencies() throws {
        var rec = SyntheticRecording().build()
        for key in rec.series.keys { rec.series[key]!.elapsedMs = rec.series[key]!.elapsedMs.map { _ in 0 } }
        let r = try Analyzer.analyze(rec)
        let scales = r.scales.map(\.agentCount)
        #expect(r.warnings.contains(.unusableLatencies(agentCounts: scales)))
        #expect(!r.warnings.contains { if case .noFullIntegration = $0 { true } else { false } })
        // A scale truly without full_integration keeps its own warning.
        var missing = SyntheticRecording().build()
        for key in missing.series.keys where key.testName == "full_integration" && key.agentCount == 1 {
            missing.series[key] = nil
        }
        let m = try Analyzer.analyze(missing)
        #expect(m.warnings.contains(.noFullIntegration(agentCount: 1)))
        #expect(!m.warnings.contains { if case .unusableLatencies = $0 { true } else { false } })
    }
}
