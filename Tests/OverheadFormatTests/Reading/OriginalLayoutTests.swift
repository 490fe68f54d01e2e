import Foundation
import TestSupport
import Testing

@testable import OverheadFormat

/// The original shell tool pretty-printed its records (a stream of JSON values across lines), wrote
/// raw samples without a `type`, and its files may hold only `"type": "statistics"` summaries.
@Suite struct OriginalLayoutTests {
    static let prettySample = """
        {
          "timestamp": "2025-10-06T10:30:00.123Z",
          "test_name": "baseline",
          "agent_count": 100,
          "operation": "message_send",
          "elapsed_ms": 0.145,
          "cpu_percent": 2.3,
          "memory_mb": 150,
          "metadata": {
            "iteration": 3
          }
        }
        """

    static func prettySummary(_ test: String, _ op: String, agents: Int, avg: Double) -> String {
        """
        {
          "timestamp": "2025-10-06T10:30:05.456Z",
          "test_name": "\(test)",
          "agent_count": \(agents),
          "operation": "\(op)",
          "type": "statistics",
          "avg_ms": \(avg),
          "stddev_ms": 0.012,
          "p50_ms": 0.143,
          "p95_ms": 0.165,
          "p99_ms": 0.178
        }
        """
    }

    @Test func prettyPrintedStreamOfSamplesAndSummaries() throws {
        try withTempFiles { files in
            let text =
                [
                    Self.prettySample, Self.prettySummary("baseline", "message_send", agents: 100, avg: 0.145),
                    Self.prettySample,
                ].joined(separator: "\n") + "\n"
            let r = try readResults([try files.write("orig.jsonl", text)])
            #expect(r.skippedLines == 0)
            #expect(r.recordsRead == 3)
            let s = try #require(r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 100)])
            #expect(s.elapsedMs == [0.145, 0.145])
            #expect(s.run == [0, 0], "the original's samples carry no run: 0 means unknown")
            #expect(s.iteration == [3, 3])
            #expect(r.summaries.count == 1)
            #expect(r.summaries.first?.avgMs == 0.145)
            #expect(r.summaries.first?.count == nil)
        }
    }

    @Test func summariesOnlyFile() throws {
        try withTempFiles { files in
            let text = [
                Self.prettySummary("baseline", "message_send", agents: 1, avg: 0.12),
                Self.prettySummary("metrics_integration", "message_send_with_metrics", agents: 1, avg: 0.1206),
            ]
            .joined(separator: "\n")
            let r = try readResults([try files.write("summaries.jsonl", text)])
            #expect(r.series.isEmpty)
            #expect(r.summaries.map(\.testName) == ["baseline", "metrics_integration"])
            #expect(r.skippedLines == 0)
        }
    }

    @Test func compactTypelessSamplesOnePerLine() throws {
        try withTempFiles { files in
            let text =
                #"{"timestamp":"2025-10-06T10:30:00.123Z","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":0.12,"cpu_percent":2.3,"memory_mb":150,"metadata":{}}"#
                + "\n"
                + #"{"test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":0.13,"metadata":{"run":2,"iteration":5,"note":"x"}}"#
            let r = try readResults([try files.write("c.jsonl", text)])
            let s = try #require(r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)])
            #expect(s.elapsedMs == [0.12, 0.13])
            #expect(s.run == [0, 2])
            #expect(s.iteration == [0, 5])
        }
    }

    /// A value that spans lines is reported at the line where it starts.
    @Test func badMultiLineValueCitesItsFirstLine() throws {
        try withTempFiles { files in
            let bad = Self.prettySummary("baseline", "message_send", agents: 1, avg: 0.1).replacingOccurrences(
                of: "\"p95_ms\": 0.165", with: "\"p95_ms\": \"fast\"")
            let text = [Self.prettySample, bad, Self.prettySample].joined(separator: "\n") + "\n"
            let path = try files.write("bad.jsonl", text)
            let r = try readResults([path])
            #expect(
                r.diagnostics.map(\.description) == ["\(path):13: field \"p95_ms\" must be a number, found a string"])
            #expect(r.recordsRead == 2)
        }
    }

    @Test func syntaxErrorInsideAMultiLineValueNamesTheInnerLine() throws {
        try withTempFiles { files in
            let bad = Self.prettySummary("baseline", "message_send", agents: 1, avg: 0.1).replacingOccurrences(
                of: "\"stddev_ms\": 0.012,", with: "\"stddev_ms\": 0.012")
            let text = [Self.prettySample, bad].joined(separator: "\n") + "\n"
            let path = try files.write("bad.jsonl", text)
            let r = try readResults([path])
            #expect(
                r.diagnostics.map(\.description)
                    == [
                        "\(path):13: not valid JSON: unexpected character '\"' in an object; expected ',' or '}' (at line 21 column 3)"
                    ])
        }
    }

    /// A pretty value cut short (the tool was killed) costs only itself: the next top-level `{` starts afresh.
    @Test func truncatedMultiLineValue() throws {
        try withTempFiles { files in
            let cut = Self.prettySample.split(separator: "\n").prefix(5).joined(separator: "\n")
            let text = [cut, Self.prettySample].joined(separator: "\n")
            let path = try files.write("cut.jsonl", text)
            let r = try readResults([path])
            #expect(
                r.diagnostics.map(\.description)
                    == [
                        "\(path):1: truncated JSON value: it starts here and is still open before line 6 starts a new value (last line 5)"
                    ])
            #expect(r.recordsRead == 1)
        }
    }

    @Test func multiLineValueOverTheLimitIsSkipped() throws {
        try withTempFiles { files in
            var options = ReadOptions()
            options.maxLineBytes = 400
            let big = "{\n" + (0..<50).map { "  \"k\($0)\": \($0)," }.joined(separator: "\n") + "\n  \"end\": 1\n}"
            let text = [big, Self.prettySample].joined(separator: "\n")
            let path = try files.write("big.jsonl", text)
            let r = try readResults([path], options: options)
            #expect(
                r.diagnostics.map(\.description) == [
                    "\(path):1: JSON value starting here runs over the 400 bytes limit; skipped"
                ])
            #expect(r.skippedLines == 1)
            #expect(r.recordsRead == 1)
        }
    }

    /// The hand-written recording in `samples/original-layout/` reads cleanly.
    @Test func theSampleRecordingInTheOriginalLayoutReads() throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("samples/original-layout")
        let r = try readResults(
            [dir.appendingPathComponent("phase1-overhead-results.jsonl").path],
            perfLogs: [dir.appendingPathComponent("phase1-overhead-perf.log").path])
        #expect(r.skippedLines == 0)
        #expect(r.series.isEmpty)
        let tests = Set(r.summaries.map(\.testName))
        #expect(
            tests == [
                "baseline", "metrics_integration", "health_integration", "rate_limiting_integration",
                "full_integration",
            ])
        #expect(Set(r.summaries.map(\.agentCount)) == [1, 10, 100])
        #expect(r.perf.count > 10)
        #expect(r.perf.allSatisfy { $0.recorderRSSMB == nil })
        let baseline100 = try #require(
            r.summaries.first { $0.testName == "baseline" && $0.agentCount == 100 && $0.operation == "message_send" })
        #expect(baseline100.avgMs == 0.145)
    }
}
