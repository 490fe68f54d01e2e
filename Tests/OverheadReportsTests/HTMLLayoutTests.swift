import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// The HTML page laid out by a real browser (headless Chromium, installed by `.ci/install-deps`)
/// at 400, 800 and 1400 px: no page-level sideways scroll, chart text of at least 10 px, whole
/// badges and no overlapping chart labels. A script added to a copy of the report measures the
/// page in the browser and writes its findings into the DOM, which Chromium dumps. The report is
/// laid out in an iframe of the width under test (Chromium's window is never narrower than 500 px),
/// given as `srcdoc` so the probe may write to the parent page.
@Suite(.serialized) struct HTMLLayoutTests {
    static let widths = [400, 800, 1400]

    /// Measures in the browser, in CSS pixels.
    static let probe = """
        (function () {
          const r = { width: window.innerWidth };
          r.overflow = document.documentElement.scrollWidth > window.innerWidth + 1;
          let minFont = 1e9;
          const overlaps = [];
          document.querySelectorAll('svg.chart').forEach((svg, k) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim());
            texts.forEach(t => { minFont = Math.min(minFont, parseFloat(getComputedStyle(t).fontSize) * scale); });
            const boxes = texts.map(t => t.getBoundingClientRect());
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                overlaps.push(k + ': ' + texts[i].textContent + ' | ' + texts[j].textContent);
            }
          });
          r.minChartFont = minFont;
          r.overlaps = overlaps;
          r.clippedBadges = [...document.querySelectorAll('.badge')].filter(b => b.scrollWidth > b.clientWidth + 1).length;
          r.flameFrames = 0; r.minFlameFont = 1e9; r.flameSpill = [];
          document.querySelectorAll('.flame').forEach(f => {
            const box = f.getBoundingClientRect();
            f.querySelectorAll('.frame').forEach(e => {
              r.flameFrames++;
              const b = e.getBoundingClientRect();
              if (e.textContent.trim()) r.minFlameFont = Math.min(r.minFlameFont, parseFloat(getComputedStyle(e).fontSize));
              if (b.right > box.right + 1 || b.left < box.left - 1) r.flameSpill.push(e.title);
            });
          });
          parent.document.body.setAttribute('data-layout', JSON.stringify(r));
        })();
        """

    struct Layout: Decodable {
        /// The width the page was laid out at, as the browser saw it.
        var width: Int
        var overflow: Bool
        var minChartFont: Double
        var overlaps: [String]
        var clippedBadges: Int
        /// Profile icicles: frames drawn, the smallest text in one, frames outside their graph.
        var flameFrames: Int
        var minFlameFont: Double
        var flameSpill: [String]
    }

    static func chromium() throws -> String {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in ["/usr/bin", "/usr/local/bin", "/bin"]
            where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        throw BrowserMissing()
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var description: String {
            "headless Chromium is not installed: run .ci/install-deps (apt-get install chromium)"
        }
    }

    func layout(of result: AnalysisResult, width: Int) throws -> Layout {
        try layout(html: try HTMLReport().render(result, options: ReportOptions()), width: width)
    }

    func layout(html page: [UInt8], width: Int) throws -> Layout {
        let dir = try TestSupport.makeTemporaryDirectory("html-layout")
        defer { try? FileManager.default.removeItem(at: dir) }
        var html = String(decoding: page, as: UTF8.self)
        html = html.replacingOccurrences(of: "</body>", with: "<script>\(Self.probe)</script></body>")
        let escaped = html.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        let wrapper = """
            <!DOCTYPE html><html><body style="margin:0">\
            <iframe style="width:\(width)px;height:3000px;border:0" srcdoc="\(escaped)"></iframe></body></html>
            """
        let page = dir.appendingPathComponent("report.html")
        try wrapper.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.chromium())
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir.path)/profile",
            "--window-size=1500,3200", "--dump-dom", page.absoluteString,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        guard let start = dom.range(of: "data-layout=\""), let end = dom[start.upperBound...].firstIndex(of: "\"")
        else {
            throw LayoutMissing(dom: String(dom.prefix(300)))
        }
        let json = dom[start.upperBound..<end].replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    struct LayoutMissing: Error { var dom: String }

    @Test(arguments: widths)
    func readableAtEveryWidth(width: Int) throws {
        for (name, result) in [("full", SampleResults.full), ("hostile", SampleResults.hostile)] {
            let l = try layout(of: result, width: width)
            #expect(l.width == width)
            #expect(!l.overflow, "\(name) at \(width) px scrolls sideways")
            #expect(l.minChartFont >= 10, "\(name) at \(width) px: chart text of \(l.minChartFont) px")
            #expect(l.clippedBadges == 0, "\(name) at \(width) px: \(l.clippedBadges) clipped badges")
            #expect(l.overlaps.isEmpty, "\(name) at \(width) px: \(l.overlaps)")
        }
    }

    /// The profile section: icicles whose frames stay inside their graph with text of at least 10 px.
    @Test(arguments: widths)
    func theProfileIsReadableAtEveryWidth(width: Int) throws {
        let result = ProfileAnalysis.attach(SampleProfile.profile, to: SampleResults.full)
        let l = try layout(of: result, width: width)
        #expect(!l.overflow, "profile at \(width) px scrolls sideways")
        #expect(l.flameFrames == 14, "one per layer, function and line of the sample profile")
        #expect(l.minFlameFont >= 10, "profile at \(width) px: frame text of \(l.minFlameFont) px")
        #expect(l.flameSpill.isEmpty, "profile at \(width) px: \(l.flameSpill)")
        #expect(l.clippedBadges == 0)
    }

    /// The comparison page: two simulated recordings of the same suite, NEW slower at one scale.
    @Test(arguments: widths)
    func theComparisonPageIsReadableAtEveryWidth(width: Int) throws {
        func recording(seed: UInt64, slowdown: Double) -> Recording {
            var s = SyntheticRecording()
            s.seed = seed
            s.runs = 4
            s.baseMs = { n in n == 1 ? 0.1 * (1 + slowdown) : 0.1 }
            return s.build()
        }
        let comparison = try Comparator.compare(
            old: recording(seed: 1, slowdown: 0), new: recording(seed: 2, slowdown: 0.1))
        let l = try layout(html: try HTMLReport().render(comparison, options: ReportOptions()), width: width)
        #expect(l.width == width)
        #expect(!l.overflow, "comparison at \(width) px scrolls sideways")
        #expect(l.minChartFont >= 10, "comparison at \(width) px: chart text of \(l.minChartFont) px")
        #expect(l.clippedBadges == 0)
        #expect(l.overlaps.isEmpty, "comparison at \(width) px: \(l.overlaps)")
    }
}
