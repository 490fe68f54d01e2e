import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Every export format against its golden file, for the full fixture, summaries only, and the
/// comparison where the format has a comparison view.
@Suite struct ExportGoldenTests {
    @Test(arguments: ["markdown", "csv", "bmf", "github-benchmark", "openmetrics", "prometheus-text", "influx"])
    func fullFixture(format: String) throws {
        let (_, ext, renderer) = try #require(ExportFixtures.renderers.first { $0.name == format })
        try GoldenFile.check(
            try renderer.render(SampleResults.full, options: ReportOptions()), against: "export-\(format)-full.\(ext)")
    }

    @Test(arguments: ["markdown", "csv", "bmf", "github-benchmark", "openmetrics", "prometheus-text", "influx"])
    func summariesOnly(format: String) throws {
        let (_, ext, renderer) = try #require(ExportFixtures.renderers.first { $0.name == format })
        try GoldenFile.check(
            try renderer.render(SampleResults.summariesOnly, options: ReportOptions()),
            against: "export-\(format)-summaries.\(ext)")
    }

    @Test func comparisonInMarkdownAndCSV() throws {
        let c = ExportFixtures.comparison
        try GoldenFile.check(
            try MarkdownReport().render(c, options: ReportOptions()), against: "export-markdown-compare.md")
        try GoldenFile.check(try CSVReport().render(c, options: ReportOptions()), against: "export-csv-compare.csv")
    }

    @Test func metricFormatsHaveNoComparisonView() {
        for renderer in [OpenMetricsReport(), InfluxReport(), BMFReport(), GitHubBenchmarkReport()]
            as [any ReportRenderer]
        {
            #expect(throws: ReportError.self) {
                try renderer.render(ExportFixtures.comparison, options: ReportOptions())
            }
        }
    }

    @Test func emptyAndNonFiniteResultsStayWellFormed() throws {
        for (_, _, renderer) in ExportFixtures.renderers {
            for r in [EdgeCaseTests.empty, EdgeCaseTests.nonFinite] {
                let text = String(decoding: try renderer.render(r, options: ReportOptions()), as: UTF8.self)
                #expect(!text.contains("nan") && !text.contains("inf"), "\(renderer.formatName)")
            }
        }
    }
}
