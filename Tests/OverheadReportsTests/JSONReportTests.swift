import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

@Suite struct JSONReportTests {
    func object(_ r: AnalysisResult) throws -> [String: Any] {
        let bytes = try JSONReport().render(r, options: ReportOptions())
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func fullMatchesGolden() throws {
        try GoldenFile.check(
            try JSONReport().render(SampleResults.full, options: ReportOptions()), against: "json-full.json")
    }

    @Test func summariesOnlyMatchesGolden() throws {
        try GoldenFile.check(
            try JSONReport().render(SampleResults.summariesOnly, options: ReportOptions(inconclusivePolicy: .skip)),
            against: "json-summaries.json")
    }

    @Test func topLevelKeysKeepTheirOrder() throws {
        let text = String(
            decoding: try JSONReport().render(SampleResults.full, options: ReportOptions()), as: UTF8.self)
        let keys = [
            "\"format\"", "\"summary\"", "\"manifest\"", "\"inputs\"", "\"scales\"", "\"criteria\"", "\"noise_floor\"",
            "\"scaling\"", "\"series\"", "\"resources\"", "\"calibration\"", "\"failures\"", "\"conservation\"",
            "\"warnings\"",
        ]
        let positions = keys.map { text.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func carriesEveryFigureOfAScale() throws {
        let o = try object(SampleResults.full)
        let scales = try #require(o["scales"] as? [[String: Any]])
        #expect(scales.map { $0["agent_count"] as? Int } == [1, 10, 100])
        let top = try #require(scales[2]["components"] as? [[String: Any]])
        #expect(top.first?["component"] as? String == "metrics")
        #expect(top.first?["limit_status"] as? String == "over")
        let total = try #require(scales[2]["total_overhead_percent"] as? [String: Any])
        #expect(total["value"] as? Double == 2.07)
        #expect(total["upper"] as? Double == 2.62)
        let summary = try #require(o["summary"] as? [String: Any])
        #expect(summary["overall"] as? String == "FAIL")
        #expect(summary["inconclusive"] as? Int == 2)
        let criteria = try #require(o["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["verdict"] as? String }.contains("NOT EVALUATED"))
        #expect(criteria[1]["additional_runs_needed"] as? Int == 12)
        let series = try #require(o["series"] as? [[String: Any]])
        let histogram = try #require(series.first?["histogram"] as? [[Double]])
        #expect(histogram.map { $0[2] }.reduce(0, +) == 500)
    }

    @Test func missingIntervalsAreNull() throws {
        let o = try object(SampleResults.summariesOnly)
        let scales = try #require(o["scales"] as? [[String: Any]])
        let total = try #require(scales[0]["total_overhead_percent"] as? [String: Any])
        #expect(total["lower"] is NSNull)
        #expect(o["resources"] is NSNull)
        #expect(o["manifest"] is NSNull)
    }

    @Test func hostileStringsRoundTrip() throws {
        let o = try object(SampleResults.hostile)
        let warnings = try #require(o["warnings"] as? [String])
        #expect(
            warnings.last
                == "Partial recording (warning \(SampleResults.hostileText)): detail \(SampleResults.hostileText). "
                + "Figures cover only what was measured before it stopped.")
        let host = ((o["manifest"] as? [String: Any])?["host"] as? [String: Any])?["hostname"] as? String
        #expect(host == "host " + SampleResults.hostileText)
    }

    @Test func prettyPrintingKeepsStringsIntact() {
        let compact = #"{"a":[1,2,3],"b":{"c":"x,{\"]y"},"d":[],"e":[{"f":1}]}"#
        #expect(
            JSONPretty.indent(compact) == """
                {
                  "a": [1,2,3],
                  "b": {
                    "c": "x,{\\"]y"
                  },
                  "d": [],
                  "e": [
                    {
                      "f": 1
                    }
                  ]
                }
                """)
    }
}
