import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadReports
import TestSupport
import Testing

/// The renderers on a result the real analysis produced from a simulated recording (three scales,
/// with a perf log laid over the run), so report and analysis agree on shapes the hand-built
/// fixtures might not foresee.
@Suite struct AnalyzedSimulationTests {
    static func analyzed() throws -> AnalysisResult {
        let sim = RecordingSimulator(.init(seed: 7, agentCounts: [1, 10, 100], blocks: 6, iterations: 40))
        var recording = sim.recording()
        let times = recording.windows.map(\.unixTime)
        let start = try #require(times.min())
        let end = try #require(times.max())
        let step = max((end - start) / 120, 0.001)
        // A perf log across the run: CPU wobbling around 3%, memory creeping up, tmpfs steady.
        recording.perf = stride(from: start, through: end, by: step).enumerated().map { i, t in
            PerfSample(
                unixTime: t, cpuPercent: 3 + Double(i % 7) * 0.2, memoryMB: 150 + Double(i) * 0.01,
                tmpfsMB: 12 + Double(i % 3))
        }
        recording.perfLogs = ["simulated.perf.log"]
        recording.files = ["simulated.jsonl"]
        return try Analyzer.analyze(recording)
    }

    @Test func everyFormatRendersTheAnalyzedResult() throws {
        let result = try Self.analyzed()
        #expect(result.scales.map(\.agentCount) == [1, 10, 100])
        let console = String(decoding: try ConsoleReport().render(result, options: ReportOptions()), as: UTF8.self)
        for scale in ["1 agent", "10 agents", "100 agents"] {
            #expect(console.contains("=== AVERAGE LATENCY (\(scale)) ==="))
        }
        #expect(console.contains("BOTTLENECK IDENTIFICATION"))
        #expect(console.contains("Overall: "))
        let json =
            try JSONSerialization.jsonObject(with: Data(try JSONReport().render(result, options: ReportOptions())))
            as? [String: Any]
        #expect((json?["criteria"] as? [Any])?.count == result.criteria.count)
        for policy in InconclusivePolicy.allCases {
            let junit = try JUnitReport().render(result, options: ReportOptions(inconclusivePolicy: policy))
            #expect(try LibXML2Support.validate(junit, schemaPath: JUnitReportTests.defaultSchemaPath).isEmpty)
        }
        let html = try HTMLReport().render(result, options: ReportOptions())
        #expect(LibXML2Support.parse(html).1.isEmpty)
        if let dir = ProcessInfo.processInfo.environment["OVERHEAD_REPORTS_OUT"] {
            try Data(html).write(to: URL(fileURLWithPath: dir).appendingPathComponent("simulated.html"))
            try Data(console.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent("simulated.txt"))
            try Data(try JUnitReport().render(result, options: ReportOptions()))
                .write(to: URL(fileURLWithPath: dir).appendingPathComponent("simulated.xml"))
        }
    }
}
