import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// The profile in every report that shows it: the advice derived from it, the console table,
/// the JSON section, the HTML icicles and the folded stacks.
struct ProfileReportTests {
    let result = ProfileAnalysis.attach(SampleProfile.profile, to: SampleResults.full)

    @Test func theAdviceSaysWhatWasMeasured() throws {
        let metrics = try #require(result.profile?.finding(for: .metrics))
        let advice = ProfileText.advice(metrics)
        #expect(advice[0] == "emit_metric forks `date` twice and `jq` once per message: 82% of its time")
        #expect(advice[1] == "It also forks 2 subshells and 2 pipeline stages per message")
        #expect(
            advice[2].hasPrefix("Costliest lines: metrics.sh:12 stamp=$(date -u +%FT%T) (35%); metrics.sh:13 (35%)"))
        let health = try #require(result.profile?.finding(for: .health))
        #expect(
            ProfileText.advice(health)[0]
                == "report_health forks `flock` once per call (one call per 10 messages): 80% of its time")
    }

    @Test func consoleMatchesGolden() throws {
        try GoldenFile.check(
            try ConsoleReport().render(result, options: ReportOptions()), against: "console-profile.txt")
        let text = String(decoding: try ConsoleReport().render(result, options: ReportOptions()), as: UTF8.self)
        #expect(!text.contains("Check flock contention on metrics.lock"))
        #expect(text.contains("emit_metric forks `date` twice and `jq` once per message"))
    }

    @Test func jsonMatchesGolden() throws {
        try GoldenFile.check(try JSONReport().render(result, options: ReportOptions()), against: "json-profile.json")
    }

    @Test func foldedStacksAreWholeMicrosecondsPerStack() throws {
        let text = String(decoding: try FoldedStacksReport().render(result, options: ReportOptions()), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        // emit_metric: 99 calls × 1.4 ms = 138 600 µs; send_message: 100 × 1.2 ms.
        #expect(lines.contains("emit_metric;metrics.sh:12 138600"))
        #expect(lines.contains("emit_metric;json_string;metrics.sh:3 19800"))
        #expect(lines.contains("send_message;message-bus.sh:84 120000"))
        #expect(lines.count == SampleProfile.profile.layers.reduce(0) { $0 + $1.stacks.count })
        #expect(lines == lines.sorted())
        #expect(FoldedStacksReport.frame("a;b\nc") == "a,b c")
        #expect(throws: ReportError.self) {
            try FoldedStacksReport().render(SampleResults.full, options: ReportOptions())
        }
    }

    @Test func theHTMLPageDrawsAnIciclePerLayerWithEscapedText() throws {
        var hostile = SampleProfile.profile
        hostile.layers[1].hotspots[0].label = "<script>alert(1)</script>"
        let page = String(
            decoding: try HTMLReport().render(
                ProfileAnalysis.attach(hostile, to: SampleResults.full), options: ReportOptions()), as: UTF8.self)
        #expect(page.contains("id=\"profile\""))
        #expect(page.components(separatedBy: "class=\"flame\"").count - 1 == 4)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let view = try #require(ProfileView(result))
        let emit = try #require(view.flames.first { $0.title == "emit_metric" })
        #expect(emit.boxes.first?.width == "100.000%")
        #expect(emit.boxes.map(\.top).contains("44px"))  // emit_metric → json_string → its line
        #expect(emit.height == "66px")
    }
}
