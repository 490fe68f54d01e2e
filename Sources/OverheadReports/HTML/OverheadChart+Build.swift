import OverheadAnalysis

extension OverheadChart {
    static let width = 720.0
    static let labelWidth = 130.0
    static let right = 690.0
    static let rowHeight = 24.0
    static let groupGap = 30.0

    /// Bars for every component plus the total, per scale; nil when there is nothing to draw.
    init?(_ r: AnalysisResult) {
        guard !r.scales.isEmpty else { return nil }
        typealias Item = (label: String, estimate: Estimate, limit: Double?, status: LimitStatus)
        let groupsData: [(ScaleOverhead, [Item])] = r.scales.map { s in
            // A fixed component order, so the same bar sits in the same place in every scale's group.
            var items: [Item] = ReportFacts.fixedOrder(s.components).map {
                (
                    ReportFacts.shortName($0.component), $0.overhead, $0.limitPercent,
                    LimitStatus($0.overhead, limit: $0.limitPercent)
                )
            }
            if let t = s.total {
                let criterion = ReportFacts.totalCriterion(r, agents: s.agentCount)
                items.append(("total", t, criterion?.limit, LimitStatus.of(total: t, criterion: criterion)))
            }
            return (s, items)
        }
        let top = 34.0
        var y = top
        var groups: [Group] = []
        for (scale, items) in groupsData {
            let axis = Self.axis(
                core: items.flatMap { [$0.estimate.value, $0.limit].compactMap { $0 } },
                whiskers: items.flatMap { [$0.estimate.lower, $0.estimate.upper].compactMap { $0 } })
            let bandTop = y
            y += 22
            let plotTop = y
            var rows: [Row] = []
            for item in items {
                let e = item.estimate
                let x0 = axis.position(0)
                let x1 = axis.position(e.value)
                let status = item.status
                let mid = y + Self.rowHeight / 2
                var error: ErrorBar?
                if let lo = e.lower, let hi = e.upper {
                    let w = Self.whisker(lower: lo, upper: hi, axis: axis, y: mid)
                    error = ErrorBar(
                        x1: SVG.n(w.x1), x2: SVG.n(w.x2), y: SVG.n(mid), capTop: SVG.n(mid - 6),
                        capBottom: SVG.n(mid + 6), caps: w.caps, arrows: w.arrows,
                        title: EstimateText.confidenceLabel(e) + " interval " + EstimateText.percentInterval(e)
                            + "%, beyond the axis")
                }
                let limit = item.limit.map {
                    LimitMark(
                        x: SVG.n(axis.position($0)), y1: SVG.n(y + 1), y2: SVG.n(y + Self.rowHeight - 1),
                        title: "limit " + NumberText.plain($0) + "%")
                }
                let valueText = NumberText.signedPercent(e.value)
                // Right of the whisker when it ends on the axis; right of the bar otherwise (a clipped whisker runs to the edge).
                let whiskerEnd = e.upper.flatMap { $0 <= axis.upper ? axis.position($0) : nil } ?? x1
                let rightmost = min(max(x1, x0, whiskerEnd), Self.right - 56)
                rows.append(
                    Row(
                        label: TextSanitizer.xml(item.label), textY: SVG.n(mid + 4),
                        barX: SVG.n(min(x0, x1)), barY: SVG.n(y + 5), barWidth: SVG.n(max(abs(x1 - x0), 1)),
                        barHeight: SVG.n(Self.rowHeight - 10),
                        cssClass: item.label == "total" ? "bar-total status-" + status.key : "status-" + status.key,
                        value: valueText, valueX: SVG.n(min(rightmost + 6, Self.width - 2)),
                        valueBoxX: SVG.n(min(rightmost + 6, Self.width - 2) - 2), valueBoxY: SVG.n(mid - 7),
                        valueBoxWidth: SVG.n(Double(valueText.count) * 7 + 4), error: error, limit: limit))
                y += Self.rowHeight
            }
            let plotBottom = y
            y += 16  // the panel's tick labels
            groups.append(
                Group(
                    label: ReportFacts.agents(scale.agentCount), labelY: SVG.n(bandTop + 15),
                    bandY: SVG.n(bandTop), bandHeight: SVG.n(y - bandTop + 4), rows: rows,
                    ticks: axis.ticks(count: 5).map {
                        Tick(at: SVG.n(axis.position($0)), label: ChartAxis.label($0) + "%")
                    },
                    zeroX: SVG.n(axis.position(0)), plotTop: SVG.n(plotTop), plotBottom: SVG.n(plotBottom),
                    tickY: SVG.n(plotBottom + 13)))
            y += Self.groupGap - 18
        }
        let bottom = y
        self.init(
            width: SVG.n(Self.width), height: SVG.n(bottom + 24),
            axisLabelX: SVG.n((Self.labelWidth + Self.right) / 2), axisLabelY: SVG.n(bottom + 16), groups: groups)
    }

    /// The axis spans the estimates, limits and zero widened by half their range on each side
    /// (×1.5 overall); whiskers extend it only up to that, so one interval from two runs
    /// ([-84%, +10¹⁰%]) cannot shrink every bar to a hairline. Clipped ends get arrows.
    static func axis(core: [Double], whiskers: [Double]) -> ChartAxis {
        let finite = (core + [0]).filter(\.isFinite)
        let lo = finite.min() ?? 0
        let hi = finite.max() ?? 1
        let pad = max((hi - lo) / 2, 0.5)
        let shown = whiskers.filter(\.isFinite).map { min(max($0, lo - pad), hi + pad) }
        return ChartAxis.linear(core + shown, including: [0], from: Self.labelWidth, to: Self.right)
    }

    /// An interval's whisker on `axis` at height `y`: its ends, a cap at each end on the axis and an
    /// arrow at each end beyond it (the axis clamps positions to its range).
    static func whisker(lower: Double, upper: Double, axis: ChartAxis, y: Double)
        -> (x1: Double, x2: Double, caps: [String], arrows: [String])
    {
        let a = axis.position(lower)
        let b = axis.position(upper)
        var caps: [String] = []
        var arrows: [String] = []
        if lower < axis.lower { arrows.append(arrow(at: a, y: y, pointing: -1)) } else { caps.append(SVG.n(a)) }
        if upper > axis.upper { arrows.append(arrow(at: b, y: y, pointing: 1)) } else { caps.append(SVG.n(b)) }
        return (a, b, caps, arrows)
    }

    /// A small arrow head at the axis edge, pointing outwards (−1 left, +1 right).
    static func arrow(at x: Double, y: Double, pointing direction: Double) -> String {
        let back = x - 7 * direction
        return [(x, y), (back, y - 5), (back, y + 5)].map { SVG.n($0.0) + "," + SVG.n($0.1) }.joined(separator: " ")
    }
}
