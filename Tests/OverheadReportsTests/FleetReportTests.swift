import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// Every report format with a fleet view, on `SampleFleet` (six simulated hosts, one odd, one with
/// a scale missing): golden files for the text formats, the kept JUnit schemas, the HTML page's
/// forest plots and escaping, and the formats without a fleet view saying so.
@Suite("Fleet reports")
struct FleetReportTests {
    @Test("console, JSON, Markdown and CSV match their golden files")
    func golden() throws {
        let fleet = try SampleFleet.analysis()
        let options = ReportOptions()
        try GoldenFile.check(try ConsoleReport().render(fleet, options: options), against: "fleet-console.txt")
        try GoldenFile.check(try JSONReport().render(fleet, options: options), against: "fleet.json")
        try GoldenFile.check(try MarkdownReport().render(fleet, options: options), against: "fleet.md")
        try GoldenFile.check(try CSVReport().render(fleet, options: options), against: "fleet.csv")
        try GoldenFile.check(try JUnitReport().render(fleet, options: options), against: "fleet-junit.xml")
    }

    @Test("the console summary comes first, and alone with --summary")
    func consoleSummaryFirst() throws {
        let fleet = try SampleFleet.analysis()
        let full = String(decoding: try ConsoleReport().render(fleet, options: ReportOptions()), as: UTF8.self)
        #expect(full.hasPrefix("==========================================\nFLEET OVERHEAD VERDICT"))
        #expect(full.contains("ODD: above the others"))
        let summary = String(
            decoding: try ConsoleReport().render(fleet, options: ReportOptions(summaryOnly: true)), as: UTF8.self)
        #expect(full.hasPrefix(summary.trimmingCharacters(in: .newlines)))
        #expect(!summary.contains("Total overhead per host"))
    }

    @Test(
        "JUnit validates against the kept schemas under every --inconclusive policy",
        arguments: [
            InconclusivePolicy.fail, .pass, .skip,
        ])
    func junitSchemas(policy: InconclusivePolicy) throws {
        for fleet in [try SampleFleet.analysis(), try FleetAnalyzer.analyze([SampleFleet.recordings()[0].recording])] {
            var options = ReportOptions(inconclusivePolicy: policy)
            options.junitSkippedMessage = false
            let plain = try JUnitReport().render(fleet, options: options)
            #expect(try LibXML2Support.validate(plain, schemaPath: JUnitReportTests.schemaPath).isEmpty)
            options.junitSkippedMessage = true
            let withMessages = try JUnitReport().render(fleet, options: options)
            #expect(try LibXML2Support.validate(withMessages, schemaPath: JUnitReportTests.defaultSchemaPath).isEmpty)
        }
    }

    @Test("HTML: a forest plot per scale, the odd host marked, hostile names escaped, no script")
    func html() throws {
        var recordings = SampleFleet.recordings().map(\.recording)
        recordings[1].manifest?.host.hostname = "<script>alert(1)</script>&\u{202E}"
        let fleet = try FleetAnalyzer.analyze(recordings)
        let page = String(decoding: try HTMLReport().render(fleet, options: ReportOptions()), as: UTF8.self)
        #expect(page.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)
        #expect(page.contains("class=\"status-over\""))
        #expect(page.contains("New host (prediction)"))
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(!page.contains("\u{202E}"))
    }

    @Test("one host renders in every fleet format and says nothing was pooled")
    func singleHost() throws {
        let fleet = try FleetAnalyzer.analyze([SampleFleet.recordings()[0].recording])
        let options = ReportOptions()
        for renderer in [
            ConsoleReport(), JSONReport(), JUnitReport(), HTMLReport(), MarkdownReport(), CSVReport(),
        ] as [any ReportRenderer] {
            let bytes = try renderer.render(fleet, options: options)
            #expect(!bytes.isEmpty, "\(renderer.formatName)")
        }
        let console = String(decoding: try ConsoleReport().render(fleet, options: options), as: UTF8.self)
        #expect(console.contains("One recording only: there is nothing to pool"))
    }

    @Test("formats without a fleet view say so")
    func unsupported() throws {
        let fleet = try SampleFleet.analysis()
        for renderer in [BMFReport(), OpenMetricsReport(), InfluxReport(), GitHubBenchmarkReport()]
            as [any ReportRenderer]
        {
            #expect(throws: ReportError.self) { try renderer.render(fleet, options: ReportOptions()) }
        }
    }
}
