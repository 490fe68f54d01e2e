import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

@Suite struct ConsoleReportTests {
    func render(_ r: AnalysisResult, color: Bool = false) throws -> String {
        String(decoding: try ConsoleReport().render(r, options: ReportOptions(color: color)), as: UTF8.self)
    }

    @Test func fullResultMatchesGolden() throws {
        try GoldenFile.check(
            try ConsoleReport().render(SampleResults.full, options: ReportOptions()), against: "console-full.txt")
    }

    @Test func summariesOnlyMatchesGolden() throws {
        try GoldenFile.check(
            try ConsoleReport().render(SampleResults.summariesOnly, options: ReportOptions()),
            against: "console-summaries.txt")
    }

    @Test func hostileMatchesGolden() throws {
        try GoldenFile.check(
            try ConsoleReport().render(SampleResults.hostile, options: ReportOptions()), against: "console-hostile.txt")
    }

    @Test func everyScaleGetsItsSections() throws {
        let text = try render(SampleResults.full)
        for scale in ["1 agent", "10 agents", "100 agents"] {
            #expect(text.contains("=== AVERAGE LATENCY (\(scale)) ==="))
            #expect(text.contains("=== P95 LATENCY (\(scale)) ==="))
            #expect(text.contains("=== RESOURCE USAGE (host, \(scale)) ==="))
        }
        let summaries = try render(SampleResults.summariesOnly)
        #expect(!summaries.contains("100 agents"))
        #expect(summaries.contains("=== AVERAGE LATENCY (10 agents) ==="))
    }

    @Test func verdictLinesFollowTheTotalCriterion() throws {
        let text = try render(SampleResults.full)
        #expect(text.contains("✅ PASS: Total overhead 0.42% [0.18, 0.66] is below the 1% target (1 agent)"))
        #expect(text.contains("❔ INCONCLUSIVE: Total overhead 0.91% [0.55, 1.27]"))
        #expect(text.contains("smallest detectable difference 0.36%; about 12 more runs needed to decide"))
        #expect(text.contains("❌ FAIL: Total overhead 2.07% [1.52, 2.62] exceeds the 1% target (100 agents)"))
        #expect(!text.contains("WARN:"))
        #expect(text.contains("Check flock contention on metrics.lock"))
        #expect(text.contains("NOT EVALUATED"))
        #expect(text.contains("Overall: FAIL (4 passed, 1 failed, 2 inconclusive, 1 not evaluated)"))
    }

    @Test func theVerdictComesFirstWithinOneScreen() throws {
        let text = try render(SampleResults.full)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let overall = try #require(lines.firstIndex { $0.hasPrefix("Overall: FAIL") })
        #expect(overall < 25, "the overall verdict is on line \(overall + 1)")
        #expect(
            lines[overall + 1]
                == "Exit 1: 1 FAIL, 2 INCONCLUSIVE (counted as failure; --inconclusive pass|skip to change).")
        #expect(lines[0...overall].contains { $0.hasPrefix("Total overhead") && $0.hasSuffix("INCONCLUSIVE") })
        var options = ReportOptions()
        options.summaryOnly = true
        let summary = String(decoding: try ConsoleReport().render(SampleResults.full, options: options), as: UTF8.self)
        #expect(summary.hasSuffix(lines[overall + 1] + "\n"))
        #expect(!summary.contains("PERFORMANCE OVERHEAD ANALYSIS"))
        options = ReportOptions(inconclusivePolicy: .skip, summaryOnly: true)
        let skipping = String(decoding: try ConsoleReport().render(SampleResults.full, options: options), as: UTF8.self)
        #expect(skipping.hasSuffix("Exit 1: 1 FAIL.\n"))
    }

    @Test func tmpfsGrowthSaysWhenItExcludesTheRecordersOutput() throws {
        let plain = try render(SampleResults.full)
        #expect(!plain.contains("excluding the recorder's own output"))
        var r = SampleResults.full
        r.resources!.recorderOutputMaxMB = 42.4
        let text = try render(r)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("tmpfs growth:") })
        #expect(line.hasSuffix(" (excluding the recorder's own output, up to 42MB)"))
    }

    @Test func noColourUnlessAsked() throws {
        #expect(!(try render(SampleResults.full)).contains("\u{1B}["))
        let coloured = try render(SampleResults.full, color: true)
        #expect(coloured.contains("\u{1B}[32m"))
    }

    @Test func colourNeverShiftsColumns() throws {
        // Stripping the escape codes from the coloured report gives the plain report, byte for byte.
        let coloured = try render(SampleResults.full, color: true)
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == (try render(SampleResults.full)))
    }

    @Test func hostileTextCannotReachTheTerminal() throws {
        let text = try render(SampleResults.hostile)
        // The only escape sequences allowed are our own colours, and colour is off.
        #expect(!text.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("\\u{1B}[31m"))
    }

    @Test func tableColumnsAlignWithWideCharacters() {
        var t = TextTable(["Name", "Value"], rightAligned: [1])
        t.add("🚀x", "1")
        t.add("plain", "100")
        let lines = t.lines()
        #expect(lines[2] == "🚀x        1")
        #expect(lines[3] == "plain    100")
        #expect(lines.map(DisplayWidth.of).allSatisfy { $0 == 12 })
    }
}
