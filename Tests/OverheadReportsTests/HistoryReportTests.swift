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

    /// `history list`: a hostile label and host, one recording estimated from block means.
    static var list: HistoryList {
        let estimate = Estimate(value: 1.25, lower: 0.5, upper: 2, confidence: 0.95, n: 5)
        let recordings = [
            StoredRecording(
                id: 1, contentHash: "aa", unixTime: 1_795_000_000, addedUnixTime: 1_795_000_100,
                label: RecordingLabel(commit: "<b>&\"x\u{1B}[31m|y", branch: "main"), files: ["r.jsonl"],
                hostname: "<host>\u{1B}]0;t\u{7}", verdict: .pass, baselines: ["release"],
                figures: [ScaleFigure(agentCount: 1, overhead: estimate), ScaleFigure(agentCount: 10, overhead: nil)],
                blockMeansOnly: true),
            StoredRecording(
                id: 2, contentHash: "bb", unixTime: 1_795_086_400, addedUnixTime: 1_795_086_500,
                label: RecordingLabel(build: "42"), files: ["s.jsonl"], hostname: nil, verdict: .fail, baselines: [],
                figures: [ScaleFigure(agentCount: 1, overhead: estimate)]),
        ]
        return HistoryList(recordings: recordings, confidence: 0.95)
    }

    @Test func theListRendersInEveryFormatAndEscapesLabels() throws {
        let options = ReportOptions()
        let console = String(decoding: try ConsoleReport().render(Self.list, options: options), as: UTF8.self)
        #expect(!console.contains("\u{1B}") && !console.contains("\u{7}"))
        #expect(console.contains("1 †") && console.contains("+1.25%") && console.contains("[0.50, 2.00]"))
        #expect(console.contains("† stored before the history kept paired windows"))
        #expect(console.contains("2 recordings"))
        let json = try JSONReport().render(Self.list, options: options)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(parsed["format"] as? String == "overheadbench-history-list")
        let recordings = try #require(parsed["recordings"] as? [[String: Any]])
        #expect(recordings.map { $0["id"] as? Int } == [1, 2])
        #expect(recordings[0]["commit"] as? String == "<b>&\"x\u{1B}[31m|y")
        #expect(recordings.map { $0["estimated_from"] as? String } == ["block_means", "recording"])
        let overhead = try #require(recordings[0]["overhead_percent"] as? [[String: Any]])
        #expect((overhead[0]["estimate"] as? [String: Any])?["value"] as? Double == 1.25)
        #expect(overhead[1]["estimate"] is NSNull)
        let markdown = String(decoding: try MarkdownReport().render(Self.list, options: options), as: UTF8.self)
        #expect(markdown.contains("## OverheadBench history: 2 recordings"))
        #expect(!markdown.contains("<b>") && !markdown.contains("x|y") && !markdown.contains("\u{1B}"))
        #expect(markdown.contains("| 1 † |"))
        let empty = HistoryList(recordings: [], confidence: 0.95)
        #expect(
            String(decoding: try ConsoleReport().render(empty, options: options), as: UTF8.self).contains(
                "no recording"))
    }
}
