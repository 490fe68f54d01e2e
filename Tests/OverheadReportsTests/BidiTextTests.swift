import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Bidirectional controls from a recording (U+202E would print the rest of a line backwards) are
/// shown as escapes in the console, HTML and JUnit reports, never obeyed.
@Suite struct BidiTextTests {
    static let controls: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}", "\u{061C}",
    ]

    static func containsControl(_ text: String) -> Bool { text.unicodeScalars.contains { controls.contains($0) } }

    @Test func sanitizersEscapeEveryBidiControl() {
        for c in Self.controls {
            let text = "a" + String(c) + "b"
            let escape = "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            #expect(TextSanitizer.terminalLine(text) == "a" + escape + "b")
            #expect(TextSanitizer.xml(text) == "a" + escape + "b")
        }
        #expect(TextSanitizer.terminalLine("plain ünïcödé 🚀") == "plain ünïcödé 🚀")
    }

    @Test func reportsNeverCarryARawBidiControl() throws {
        var r = SampleResults.full
        let bidi = HostileRecordings.bidiText
        r.manifest?.host.hostname += bidi
        r.series[0].testName += bidi
        r.warnings.append(.partialRecording(reason: "why" + bidi, detail: bidi))
        let console = String(decoding: try ConsoleReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(!Self.containsControl(console))
        #expect(console.contains("\\u{202E}evil"))
        let html = String(decoding: try HTMLReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(!Self.containsControl(html))
        let junit = String(decoding: try JUnitReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(!Self.containsControl(junit))
    }
}
