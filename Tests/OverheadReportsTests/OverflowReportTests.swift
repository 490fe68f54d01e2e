import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Totals a hostile recording pushed past `Int.max`: every report says so instead of trapping on
/// the difference or printing a wrapped number.
@Suite struct OverflowReportTests {
    static var overflowing: AnalysisResult {
        var r = SampleResults.full
        r.conservation = ConservationSummary(
            windows: 2, unbalanced: 2, sent: 10, received: Int.max, drained: 5, evicted: 0, overflow: true)
        r.warnings.append(.conservationCountsOverflow)
        return r
    }

    @Test func overflowingConservationReadsAsImplausibleInEveryFormat() throws {
        let r = Self.overflowing
        let console = String(
            decoding: try ConsoleReport().render(r, options: ReportOptions(color: false)), as: UTF8.self)
        #expect(console.contains("received 9223372036854775807 + drained 5 + evicted 0 (counts overflow: implausible)"))
        #expect(console.contains("message counts add up beyond 9223372036854775807"))
        let json =
            try JSONSerialization.jsonObject(with: Data(try JSONReport().render(r, options: ReportOptions())))
            as? [String: Any]
        let conservation = try #require(json?["conservation"] as? [String: Any])
        #expect(conservation["unaccounted"] is NSNull)
        let html = String(decoding: try HTMLReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(html.contains("(counts overflow: implausible)"))
        let junit = try JUnitReport().render(r, options: ReportOptions())
        #expect(try LibXML2Support.validate(junit, schemaPath: JUnitReportTests.defaultSchemaPath).isEmpty)
    }
}
