import CLibXML2
import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

@Suite struct HTMLReportTests {
    func render(_ r: AnalysisResult, templates: String? = nil) throws -> [UInt8] {
        try HTMLReport().render(r, options: ReportOptions(templatesDirectory: templates))
    }

    @Test(arguments: ["full", "summaries", "hostile"])
    func parsesBackAsWellFormedXML(fixture: String) throws {
        let result = [
            ("full", SampleResults.full), ("summaries", SampleResults.summariesOnly),
            ("hostile", SampleResults.hostile),
        ]
        .first { $0.0 == fixture }!.1
        let (doc, errors) = LibXML2Support.parse(try render(result))
        #expect(errors.isEmpty, "\(errors)")
        let d = try #require(doc)
        defer { xmlFreeDoc(d) }
        let names = LibXML2Support.elements(d).map(LibXML2Support.name)
        #expect(!names.contains("script"))
        #expect(!names.contains("link"))
        #expect(names.contains("style"))
    }

    @Test func isSelfContained() throws {
        let html = String(decoding: try render(SampleResults.full), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(
            !html.contains("http://")
                || !html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.contains("<svg"))
        #expect(html.contains("<polyline"))
    }

    @Test func hostileStringsAppearEscaped() throws {
        let bytes = try render(SampleResults.hostile)
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("q&quot;uote &#39;apos&#39;"))
        #expect(html.contains("]]&gt;"))
        #expect(html.contains("&amp;amp;"))
        #expect(html.contains("🚀👩‍💻"))
        #expect(!html.unicodeScalars.contains { !TextSanitizer.isXMLChar($0) })
        // Every hostile test name reaches the page as text, not markup: parse back and read it.
        let (doc, _) = LibXML2Support.parse(bytes)
        let d = try #require(doc)
        defer { xmlFreeDoc(d) }
        let texts = LibXML2Support.elements(d).map(LibXML2Support.text)
        // XML parsers turn a literal CR LF in text into LF.
        let expected =
            "test " + TextSanitizer.xml(SampleResults.hostileText).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(texts.contains { $0.contains(expected) })
    }

    @Test func builtInTemplatesNeverUnescapeData() throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.contains("report.html.mustache"))
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("{{{"), "\(file) uses a triple mustache")
            #expect(!text.contains("{{&"), "\(file) uses an unescaped tag")
            #expect(!text.contains("<script"), "\(file) has a script")
        }
    }

    @Test func embeddedTemplatesAreTheFilesInTemplates() throws {
        let dir = TestSupport.packageRoot.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasSuffix(".mustache") || $0.hasSuffix(".css")
        }
        #expect(Set(EmbeddedTemplates.files.keys) == Set(files))
        for file in files {
            #expect(
                EmbeddedTemplates.files[file]
                    == (try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)),
                "\(file) differs from its embedded copy; rebuild")
        }
    }

    @Test func templatesDirectoryOverridesPerFile() throws {
        let dir = try TestSupport.makeTemporaryDirectory("templates")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Override only the stylesheet: the page keeps the built-in layout with the new style.
        try "body { background: #123456; }\n".write(
            to: dir.appendingPathComponent("report.css"), atomically: true, encoding: .utf8)
        let restyled = String(decoding: try render(SampleResults.full, templates: dir.path), as: UTF8.self)
        #expect(restyled.contains("background: #123456"))
        #expect(!restyled.contains("--pass: #1f8a4c"))
        #expect(restyled.contains("Overhead per component"))
        // Override the page itself; data stays escaped in a user's template too.
        try "<p>{{title}}|{{#criteria}}{{title}};{{/criteria}}</p>\n".write(
            to: dir.appendingPathComponent("report.html.mustache"), atomically: true, encoding: .utf8)
        let minimal = String(decoding: try render(SampleResults.hostile, templates: dir.path), as: UTF8.self)
        #expect(minimal.hasPrefix("<p>Overhead report — host q&quot;uote"))
        #expect(!minimal.contains("<script>"))
    }

    @Test func templateErrorsNameTheFile() throws {
        let dir = try TestSupport.makeTemporaryDirectory("templates")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<p>{{#criteria}}unclosed</p>\n".write(
            to: dir.appendingPathComponent("report.html.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try render(SampleResults.full, templates: dir.path)
        } throws: { error in
            guard case ReportError.template(let file, _) = error else { return false }
            return file == "report.html.mustache"
        }
        #expect(throws: ReportError.self) { try render(SampleResults.full, templates: dir.path + "/missing") }
    }

    @Test func chartsCarryTheirNumbers() throws {
        let model = HTMLViewModel(SampleResults.full, options: ReportOptions())
        let chart = try #require(model.overheadChart)
        #expect(chart.groups.map(\.label) == ["1 agent", "10 agents", "100 agents"])
        // Components plus the total per scale, each with an error bar; limits on the three limited components and the total.
        #expect(chart.groups.allSatisfy { $0.rows.count == 5 && $0.rows.allSatisfy { $0.error != nil } })
        #expect(chart.groups.allSatisfy { $0.rows.filter { $0.limit != nil }.count == 4 })
        #expect(model.latencyCharts.count == 3)
        #expect(model.latencyCharts[0].rows.allSatisfy { $0.bars.count == 12 })
        let resources = try #require(model.resourceChart)
        #expect(resources.panels.map(\.title) == ["CPU (%)", "Memory used (MB)", "tmpfs used (MB)"])
        #expect(resources.panels[0].points.split(separator: " ").count == 90)
        #expect(resources.panels[0].shading.count == 3)
        // Summaries only: no histograms, no resources, still a chart per scale.
        let bare = HTMLViewModel(SampleResults.summariesOnly, options: ReportOptions())
        #expect(bare.resourceChart == nil)
        #expect(bare.latencyCharts.count == 2 && bare.latencyCharts.allSatisfy { $0.rows.allSatisfy(\.noHistogram) })
        #expect(bare.overheadChart?.groups.allSatisfy { $0.rows.allSatisfy { $0.error == nil } } == true)
    }

    @Test func axesPickRoundTicks() {
        let linear = ChartAxis.linear([-0.36, 2.62], including: [0], from: 0, to: 100)
        #expect(linear.ticks() == [-1, 0, 1, 2, 3])
        #expect(linear.position(0) == 25)
        let log = ChartAxis.log([0.0024, 250], from: 0, to: 100)
        #expect(log.lower == 0.002 && log.upper == 500)
        #expect(log.ticks() == [0.01, 0.1, 1, 10, 100])
    }
}
