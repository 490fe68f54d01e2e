import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Results at the edges: nothing measured at all, and figures that are not finite.
@Suite struct EdgeCaseTests {
    static var empty: AnalysisResult {
        AnalysisResult(
            manifest: nil,
            inputs: InputSummary(
                files: ["empty.jsonl"], perfLogs: [], source: .rawSamples, recordsRead: 0, linesSkipped: 0,
                diagnostics: [], partialReason: nil),
            series: [], scales: [], noiseFloor: [], scaling: nil, resources: nil, criteria: [], calibration: nil,
            failures: [],
            conservation: ConservationSummary(windows: 0, unbalanced: 0, sent: 0, received: 0, drained: 0, evicted: 0),
            warnings: [])
    }

    /// `full` with NaN and infinities where a broken analysis might leave them.
    static var nonFinite: AnalysisResult {
        var r = SampleResults.full
        r.scales[0].total = Estimate(value: .nan, lower: -.infinity, upper: .infinity, confidence: 0.95, n: 0)
        r.scales[0].components[0].overhead.value = .infinity
        r.series[0].mean = .nan
        r.series[0].histogram[0].upperMs = .nan
        r.resources?.timeline[5].cpuPercent = .nan
        return r
    }

    @Test func emptyResultRendersInEveryFormat() throws {
        let console = String(decoding: try ConsoleReport().render(Self.empty, options: ReportOptions()), as: UTF8.self)
        #expect(console.contains("No criteria were evaluated."))
        #expect(console.contains("No perf log"))
        let json =
            try JSONSerialization.jsonObject(with: Data(try JSONReport().render(Self.empty, options: ReportOptions())))
            as? [String: Any]
        #expect((json?["summary"] as? [String: Any])?["overall"] as? String == "NOT EVALUATED")
        let junit = try JUnitReport().render(Self.empty, options: ReportOptions())
        #expect(try LibXML2Support.validate(junit, schemaPath: JUnitReportTests.defaultSchemaPath).isEmpty)
        let html = try HTMLReport().render(Self.empty, options: ReportOptions())
        #expect(LibXML2Support.parse(html).1.isEmpty)
    }

    @Test func nonFiniteFiguresNeverBreakTheOutput() throws {
        let r = Self.nonFinite
        let console = String(decoding: try ConsoleReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(console.contains("n/a"))
        #expect(!console.contains("nan") && !console.contains("inf%"))
        let json = try JSONReport().render(r, options: ReportOptions())
        #expect(try JSONSerialization.jsonObject(with: Data(json)) is [String: Any])
        #expect(
            try LibXML2Support.validate(
                try JUnitReport().render(r, options: ReportOptions()), schemaPath: JUnitReportTests.defaultSchemaPath
            ).isEmpty)
        let html = String(decoding: try HTMLReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(LibXML2Support.parse(Array(html.utf8)).1.isEmpty)
        // SVG coordinates stay numbers.
        #expect(!html.contains("=\"n/a\"") && !html.contains("nan,") && !html.contains(",nan"))
    }
}
