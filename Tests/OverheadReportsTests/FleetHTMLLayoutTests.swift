import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// The fleet page laid out by headless Chromium at 400, 800 and 1400 px, measured like the other
/// pages (`HTMLLayoutTests`): no sideways scroll, chart text of at least 10 px, whole badges, no
/// overlapping chart labels, also with long file names as host labels.
@Suite(.serialized) struct FleetHTMLLayoutTests {
    @Test(arguments: HTMLLayoutTests.widths)
    func readableAtEveryWidth(width: Int) throws {
        let named = try SampleFleet.analysis()
        let files = try FleetAnalyzer.analyze(
            SampleFleet.recordings(hostnames: [
                "a", "a", "rack-17-node-0042.example.internal.very-long-domain.name", "odd-host", "b", "c",
            ]).map(\.recording))
        for (name, fleet) in [("named hosts", named), ("long and repeated names", files)] {
            let page = try HTMLReport().render(fleet, options: ReportOptions())
            let l = try HTMLLayoutTests().layout(html: page, width: width)
            #expect(l.width == width)
            #expect(!l.overflow, "\(name) at \(width) px scrolls sideways")
            #expect(l.minChartFont >= 10, "\(name) at \(width) px: chart text of \(l.minChartFont) px")
            #expect(l.clippedBadges == 0, "\(name) at \(width) px: \(l.clippedBadges) clipped badges")
            #expect(l.overlaps.isEmpty, "\(name) at \(width) px: \(l.overlaps)")
        }
    }
}
