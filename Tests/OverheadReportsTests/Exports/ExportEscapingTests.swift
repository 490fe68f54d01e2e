import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// Hostile text from a recording (hostname, library path, test names, titles: quotes, newlines,
/// commas, pipes, equals signs, bidi controls, control characters) stays inert in every export.
@Suite struct ExportEscapingTests {
    static func render(_ renderer: any ReportRenderer) throws -> String {
        String(decoding: try renderer.render(ExportFixtures.hostile, options: ReportOptions()), as: UTF8.self)
    }

    /// No raw control character other than LF (and CR in CSV's CRLF), no raw bidi control, in any export.
    @Test func noExportCarriesRawControlOrBidiCharacters() throws {
        for (name, _, renderer) in ExportFixtures.renderers {
            let text = try Self.render(renderer)
            let bad = text.unicodeScalars.filter { s in
                (s.value < 0x20 && s != "\n" && !(name == "csv" && s == "\r")) || (0x7F..<0xA0).contains(s.value)
                    || InertText.isBidiControl(s)
            }
            #expect(bad.isEmpty, "\(name): \(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test func hostileGoldenFiles() throws {
        for (name, ext, renderer) in ExportFixtures.renderers {
            try GoldenFile.check(try Self.render(renderer), against: "export-\(name)-hostile.\(ext)")
        }
    }

    @Test func annotationsStayOneLineEach() throws {
        let text = try Self.render(GitHubAnnotationsReport())
        let judged = ExportFixtures.hostile.criteria.filter { $0.verdict == .fail || $0.verdict == .inconclusive }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == judged.count)
        for line in lines {
            #expect(line.hasPrefix("::error title=") || line.hasPrefix("::warning title="))
            // The title ends at the first `::` after the command; the hostile title's `:` is escaped.
            let title = line.drop(while: { $0 != "=" }).dropFirst()
            #expect(title.components(separatedBy: "::").count == 2, "\(line)")
            #expect(!title.contains("\r") && !line.unicodeScalars.contains { InertText.isBidiControl($0) })
        }
    }

    @Test func markdownTableRowsKeepTheirCells() throws {
        let text = try Self.render(MarkdownReport())
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            // Unescaped pipes delimit cells: every row of a table has as many as its header.
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect([7, 9, 12].contains(cells), "\(line)")
        }
        #expect(!text.contains("<script>"))
        #expect(!text.contains(" @team"))
        #expect(text.contains("\\u{202E}"))
    }

    @Test func csvParsesBackToTheSameFields() throws {
        let text = try Self.render(CSVReport())
        let sections = text.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == 2)
        let rows = CSVParser.parse(sections[0])
        #expect(rows.allSatisfy { $0.count == CSVReport.seriesHeader.count })
        let hostileRow = try #require(rows.first { $0[1].hasPrefix("test ") })
        let expected = try #require(ExportFixtures.hostile.series.first { $0.testName.hasPrefix("test ") })
        #expect(hostileRow[1] == InertText.visible(expected.testName, keepingNewlines: true))
        #expect(CSVParser.parse(sections[1]).allSatisfy { $0.count == CSVReport.estimateHeader.count })
        #expect(CSVText.text("=1+1") == "'=1+1")
        #expect(CSVText.text("-cmd") == "'-cmd")
    }

    @Test func lineProtocolEscapesSeparators() {
        #expect(LineProtocolText.tag("a,b=c d\\") == "a\\,b\\=c\\ d\\\\")
        #expect(LineProtocolText.stringField("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"")
        #expect(LineProtocolText.tag("line\nbreak") == "line\\\\u{A}break")
        #expect(LineProtocolText.measurement("a b,c") == "a\\ b\\,c")
    }

    @Test func influxLinesHaveOneUnescapedSpaceBeforeFieldsAndTimestamp() throws {
        let text = try Self.render(InfluxReport())
        for line in text.split(separator: "\n") {
            // Unescaped spaces outside string fields: exactly two (tags|fields|timestamp). Quotes are
            // literal in tags and open a string only in the field set.
            var spaces = 0
            var inString = false
            var escaped = false
            for c in line {
                if escaped {
                    escaped = false
                    continue
                }
                if c == "\\" {
                    escaped = true
                } else if c == "\"" && spaces == 1 {
                    inString.toggle()
                } else if c == " " && !inString {
                    spaces += 1
                }
            }
            #expect(spaces == 2, "\(line)")
        }
    }

    @Test func openMetricsLabelValuesEscapeBackslashQuoteAndNewline() {
        #expect(OpenMetricsText.labelValue("a\\b\"c\nd") == "a\\\\b\\\"c\\nd")
        #expect(OpenMetricsText.labelValue("\u{202E}x") == "\\\\u{202E}x")
    }
}

/// A small RFC 4180 reader for the tests: quoted fields with doubled quotes and embedded line breaks.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append(chars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
