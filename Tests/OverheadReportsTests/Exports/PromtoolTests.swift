import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Prometheus's own checker accepts the OpenMetrics export and the push text format, lint included
/// (`promtool check metrics` exits 3 on a lint finding, 1 on a parse error).
@Suite struct PromtoolTests {
    static let promtool = ExternalProgram("promtool", package: "prometheus")

    @Test(arguments: ["full", "summaries", "hostile"])
    func promtoolAcceptsBothDialects(fixture: String) throws {
        let result =
            fixture == "full"
            ? SampleResults.full : fixture == "summaries" ? SampleResults.summariesOnly : ExportFixtures.hostile
        for dialect in [OpenMetricsReport.Dialect.openMetrics, .prometheusText] {
            let bytes = try OpenMetricsReport(dialect: dialect).render(result, options: ReportOptions())
            let (status, out, err) = try Self.promtool.run(["check", "metrics"], input: bytes)
            #expect(status == 0, "\(fixture) \(dialect): \(out)\(err)")
        }
    }

    @Test func openMetricsEndsWithEOFAndDeclaresUnits() throws {
        let text = String(
            decoding: try OpenMetricsReport().render(SampleResults.full, options: ReportOptions()), as: UTF8.self)
        #expect(text.hasSuffix("\n# EOF\n"))
        #expect(text.contains("# UNIT overheadbench_latency_seconds seconds\n"))
        let push = String(
            decoding: try OpenMetricsReport(dialect: .prometheusText).render(
                SampleResults.full, options: ReportOptions()),
            as: UTF8.self)
        #expect(!push.contains("# EOF") && !push.contains("# UNIT"))
    }

    /// Histogram buckets are cumulative and end at `+Inf` with `_count`.
    @Test func histogramBucketsAreCumulative() throws {
        let text = String(
            decoding: try OpenMetricsReport().render(SampleResults.full, options: ReportOptions()), as: UTF8.self)
        let first = SampleResults.full.series[0]
        let buckets = text.split(separator: "\n").filter {
            $0.hasPrefix("overheadbench_latency_seconds_bucket{")
                && $0.contains("scale=\"1\",test=\"baseline\",operation=\"message_receive\"")
        }
        let counts = buckets.compactMap { Int($0.split(separator: " ").last!) }
        #expect(counts.count == first.histogram.count + 1)
        #expect(counts == counts.sorted())
        #expect(counts.last == first.count)
        #expect(buckets.last?.contains("le=\"+Inf\"") == true)
    }
}
