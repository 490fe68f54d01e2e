import Foundation
import OverheadAnalysis
import OverheadReports
import OverheadStats
import TestSupport
import Testing

/// The history report in every format, on a synthetic history with one clear rise.
@Suite struct HistoryReportTests {
    /// 40 recordings, overhead 1% then 4% from the 21st, noise ±0.3; the label of recording 7 is hostile.
    static var report: HistoryReport {
        var random = SeededGenerator(seed: 5)
        let entries = (0..<40).map { i -> HistoryEntry in
            let value = (i < 20 ? 1.0 : 4.0) + 0.3 * random.nextNormal()
            let estimate = Estimate(value: value, lower: value - 0.5, upper: value + 0.5, confidence: 0.95, n: 5)
            return HistoryEntry(
                id: Int64(i + 1), unixTime: 1_795_000_000 + Double(i) * 86_400,
                label: RecordingLabel(commit: i == 6 ? "<b>&\"x\u{1B}[31m" : "c\(i)", branch: "main"),
                verdicts: [StoredVerdict(criterion: "total_overhead", agentCount: 1, verdict: i < 20 ? .pass : .fail)],
                figures: [ScaleFigure(agentCount: 1, overhead: estimate)])
        }
        return HistoryAnalysis.report(entries)
    }

    @Test func theRiseIsOneChangePointWithItsEstimates() throws {
        let series = try #require(Self.report.series.first)
        #expect(series.changePoints.map(\.recordingID) == [21])
        let change = try #require(series.changePoints.first)
        #expect(abs(change.before.value - 1) < 0.2 && abs(change.after.value - 4) < 0.2)
        #expect((change.change.lower ?? 0) > 2.5 && (change.change.upper ?? 9) < 3.5)
    }

    @Test func everyFormatShowsTheChangeAndEscapesLabels() throws {
        let options = ReportOptions()
        let html = String(decoding: try HTMLReport().render(Self.report, options: options), as: UTF8.self)
        #expect(html.contains("class=\"change-point\""))
        #expect(html.contains("class=\"segment-band\""))
        #expect(!html.contains("<b>&"))
        #expect(html.contains("&lt;b&gt;&amp;"))
        let console = String(decoding: try ConsoleReport().render(Self.report, options: options), as: UTF8.self)
        #expect(console.contains("1 change point"))
        #expect(console.contains("at recording 21"))
        #expect(!console.contains("\u{1B}"))
        let json = String(decoding: try JSONReport().render(Self.report, options: options), as: UTF8.self)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let series = (parsed?["series"] as? [[String: Any]])?.first
        #expect((series?["change_points"] as? [[String: Any]])?.first?["recording_id"] as? Int == 21)
        let markdown = String(decoding: try MarkdownReport().render(Self.report, options: options), as: UTF8.self)
        #expect(markdown.contains("1 change point"))
        #expect(markdown.contains("| 21 |"))
    }
}
