import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// Intervals from 2 runs on a log scale reach 10¹⁰%: text reports show bounds, the chart stays readable.
@Suite struct WideIntervalTests {
    /// `full` with the 10-agent total as a 2-run recording left it.
    static var wide: AnalysisResult {
        var r = SampleResults.full
        let huge = Estimate(value: 33.52, lower: -84.02, upper: 10_007_662_665.35, confidence: 0.95, n: 2)
        r.scales[1].total = huge
        let i = r.criteria.firstIndex { $0.id == "total_overhead" && $0.agentCount == 10 }!
        r.criteria[i].measured = huge
        r.criteria[i].minimumDetectableEffect = 36_643_035_358_518_254_026_069_377_024
        r.criteria[i].additionalRunsNeeded = 4
        return r
    }

    @Test func percentagesBeyondTheCapReadAsBounds() {
        #expect(NumberText.percent(10_007_662_665.35) == ">1000%")
        #expect(NumberText.signedPercent(2500) == ">+1000%")
        #expect(NumberText.signedPercent(-2500) == "<-1000%")
        #expect(NumberText.signedPercent(999.5) == "+999.50%")
        let e = Estimate(value: 33.52, lower: -84.02, upper: 10_007_662_665.35, confidence: 0.95, n: 2)
        #expect(EstimateText.percentInterval(e) == "[-84.02, >+1000]")
        #expect(EstimateText.interval(e) == "[-84.02, 10007662665.35]")  // not a percentage: as is
        #expect(CriterionText.measured(e, unit: "%") == "33.52% (95% CI -84.02 to >+1000%, 2 runs)")
        #expect(
            CriterionText.measured(e, unit: "MB/min") == "33.52 MB/min (95% CI -84.02 to 10007662665.35 MB/min, 2 runs)"
        )
    }

    @Test func consoleJUnitAndHTMLShowBoundsWhileJSONKeepsTheNumber() throws {
        let r = Self.wide
        let console = String(decoding: try ConsoleReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(console.contains("[-84.02, >+1000]"))
        #expect(console.contains("smallest detectable difference >1000%"))
        #expect(!console.contains("10007662665"))
        #expect(!console.contains("36643035358518254"))
        let junit = String(decoding: try JUnitReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(junit.contains("-84.02 to &gt;+1000%"))
        #expect(!junit.contains("10007662665"))
        let html = String(decoding: try HTMLReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(html.contains("[-84.02, &gt;+1000]"))
        #expect(!html.contains("10007662665"))
        let json = String(decoding: try JSONReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(json.contains("10007662665.35"))
    }

    @Test func overheadChartClampsItsAxisAndMarksClippedWhiskers() throws {
        let chart = try #require(HTMLViewModel(Self.wide, options: ReportOptions()).overheadChart)
        // Each scale's axis ends near its estimates and limits (all under 50% here), not at 10¹⁰%.
        for group in chart.groups {
            let last = try #require(group.ticks.last.flatMap { Double($0.label.dropLast()) })
            #expect(last <= 100)
        }
        let total = try #require(chart.groups[1].rows.first { $0.label == "total" })
        let error = try #require(total.error)
        #expect(error.arrows.count == 2)  // both ends beyond the axis
        #expect(error.caps.isEmpty)
        #expect(error.title.contains(">+1000"))
        // The bar keeps a visible width: 33.52% on a ~100%-wide axis of 560 px.
        #expect((Double(total.barWidth) ?? 0) > 50)
        // Intervals that fit keep both caps and no arrows.
        let metrics = try #require(chart.groups[0].rows.first)
        #expect(metrics.error?.arrows.isEmpty == true && metrics.error?.caps.count == 2)
        // The SVG draws the arrows.
        let html = String(decoding: try HTMLReport().render(Self.wide, options: ReportOptions()), as: UTF8.self)
        #expect(html.contains("class=\"errorbar-clip\""))
        #expect(LibXML2Support.parse(Array(html.utf8)).1.isEmpty)
    }

    @Test func oneOutlierScaleKeepsTheOthersBarsAndLimitsInView() throws {
        var r = SampleResults.full
        // The 1-agent total 849%, as an overfilled inbox once made it.
        let outlier = SampleResults.estimate(849, 700, 1000, n: 5)
        r.scales[0].total = outlier
        let chart = try #require(HTMLViewModel(r, options: ReportOptions()).overheadChart)
        // The 10-agent panel keeps its own axis: its ticks stay near its figures (under 10%).
        let last = try #require(chart.groups[1].ticks.last.flatMap { Double($0.label.dropLast()) })
        #expect(last < 20, "\(chart.groups[1].ticks)")
        let total = try #require(chart.groups[1].rows.first { $0.label == "total" })
        #expect((Double(total.barWidth) ?? 0) > 20)
        #expect(total.limit != nil)
    }

    @Test func theTotalBarsStatusIsItsCriterionsVerdict() throws {
        let chart = try #require(HTMLViewModel(SampleResults.full, options: ReportOptions()).overheadChart)
        // SampleResults.full: total at 10 agents is INCONCLUSIVE, at 100 agents FAIL.
        #expect(chart.groups[1].rows.first { $0.label == "total" }?.cssClass.hasSuffix("status-undecided") == true)
        #expect(chart.groups[2].rows.first { $0.label == "total" }?.cssClass.hasSuffix("status-over") == true)
    }

    @Test func hostMemoryAndSmallSizesReadNaturally() {
        #expect(NumberText.memory(mb: 24105.5508) == "23.5 GiB")
        #expect(NumberText.memory(mb: 512) == "512 MB")
        #expect(NumberText.megabytes(0.8) == "0.8")
        #expect(NumberText.megabytes(431.4) == "431")
        #expect(NumberText.decimals(for: (-57.95, 46.77, -5.59)) == 2)
        #expect(NumberText.decimals(for: (-0.1072, 0.0324, -0.0374)) == 3)
    }
}
