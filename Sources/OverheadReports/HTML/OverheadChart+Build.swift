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
        typealias Item = (label: String, estimate: Estimate, limit: Double?)
        let groupsData: [(ScaleOverhead, [Item])] = r.scales.map { s in
            // A fixed component order, so the same bar sits in the same place in every scale's group.
            var items: [Item] = ReportFacts.fixedOrder(s.components).map { (ReportFacts.shortName($0.component), $0.overhead, $0.limitPercent) }
            if let t = s.total { items.append(("total", t, ReportFacts.totalCriterion(r, agents: s.agentCount)?.limit)) }
            return (s, items)
        }
        let values = groupsData.flatMap { $0.1.flatMap { [$0.estimate.value, $0.estimate.lower, $0.estimate.upper, $0.limit].compactMap { $0 } } }
        let top = 34.0
        var y = top
        var groups: [Group] = []
        let axis = ChartAxis.linear(values, including: [0], from: Self.labelWidth, to: Self.right)
        for (scale, items) in groupsData {
            let bandTop = y
            y += 22
            var rows: [Row] = []
            for item in items {
                let e = item.estimate
                let x0 = axis.position(0), x1 = axis.position(e.value)
                let status = LimitStatus(e, limit: item.limit)
                let mid = y + Self.rowHeight / 2
                var error: ErrorBar?
                if let lo = e.lower, let hi = e.upper {
                    error = ErrorBar(x1: SVG.n(axis.position(lo)), x2: SVG.n(axis.position(hi)), y: SVG.n(mid),
                                     capTop: SVG.n(mid - 6), capBottom: SVG.n(mid + 6))
                }
                let limit = item.limit.map {
                    LimitMark(x: SVG.n(axis.position($0)), y1: SVG.n(y + 1), y2: SVG.n(y + Self.rowHeight - 1),
                              title: "limit " + NumberText.plain($0) + "%")
                }
                let valueText = NumberText.signedPercent(e.value)
                let rightmost = max(x1, x0, e.upper.map(axis.position) ?? x1)
                rows.append(Row(label: TextSanitizer.xml(item.label), textY: SVG.n(mid + 4),
                                barX: SVG.n(min(x0, x1)), barY: SVG.n(y + 5), barWidth: SVG.n(max(abs(x1 - x0), 1)), barHeight: SVG.n(Self.rowHeight - 10),
                                cssClass: item.label == "total" ? "bar-total status-" + status.key : "status-" + status.key,
                                value: valueText, valueX: SVG.n(min(rightmost + 6, Self.width - 2)), error: error, limit: limit))
                y += Self.rowHeight
            }
            groups.append(Group(label: ReportFacts.agents(scale.agentCount), labelY: SVG.n(bandTop + 15),
                                bandY: SVG.n(bandTop), bandHeight: SVG.n(y - bandTop + 4), rows: rows))
            y += Self.groupGap - 18
        }
        let bottom = y
        self.init(width: SVG.n(Self.width), height: SVG.n(bottom + 38), plotTop: SVG.n(top - 4), plotBottom: SVG.n(bottom),
                  zeroX: SVG.n(axis.position(0)),
                  ticks: axis.ticks().map { Tick(at: SVG.n(axis.position($0)), label: ChartAxis.label($0) + "%") },
                  axisLabelX: SVG.n((Self.labelWidth + Self.right) / 2), axisLabelY: SVG.n(bottom + 32), groups: groups)
    }
}
