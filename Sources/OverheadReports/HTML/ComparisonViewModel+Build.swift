import OverheadAnalysis

extension ComparisonViewModel {
    init(_ r: RecordingComparison, options: ReportOptions) {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        title = "Recording comparison"
        subtitle = x("OLD " + r.oldFiles.joined(separator: ", ") + " → NEW " + r.newFiles.joined(separator: ", "))
        let count = { (v: ComparisonVerdict) in r.rows.filter { $0.verdict == v }.count }
        let beyond = r.regressionsBeyondLimit.count
        overall =
            beyond > 0
            ? Badge(text: "REGRESSED", cssClass: "fail") : Badge(text: "NO REGRESSION BEYOND LIMIT", cssClass: "pass")
        tally =
            "\(count(.regressed)) regressed (\(beyond) beyond \(NumberText.plain(r.maxRegressionPercent))%) · "
            + "\(count(.improved)) improved · \(count(.noSignificantChange)) no significant change"
            + (count(.undetermined) > 0 ? " · \(count(.undetermined)) undetermined" : "")
        warnings = r.warnings.map { x(WarningText.sentence($0)) }
        hasWarnings = !warnings.isEmpty
        footnote =
            "OLD and NEW are the geometric means of the run means, the figures the change compares "
            + "(NEW/OLD − 1); intervals are \(NumberText.plain(r.confidence * 100))%."
        let scales = Set(r.rows.map(\.agentCount)).sorted()
        groups = scales.map { agents in
            let rows = r.rows.filter { $0.agentCount == agents }
            return ScaleGroup(
                scale: ReportFacts.agents(agents), chart: ComparisonChart(rows, limit: r.maxRegressionPercent),
                rows: rows.map { row in
                    Row(
                        series: x("\(row.testName) · \(row.operation)"), old: NumberText.ms(row.oldComparedMs),
                        new: NumberText.ms(row.newComparedMs), change: NumberText.signedPercent(row.change.value),
                        interval: EstimateText.signedPercentInterval(row.change), badge: Self.badge(row))
                })
        }
        footer = "overhead-analyze compare"
    }

    static func badge(_ row: ComparisonRow) -> Badge {
        switch row.verdict {
        case .regressed: return Badge(text: row.exceedsLimit ? "regressed beyond limit" : "regressed", cssClass: "fail")
        case .improved: return Badge(text: "improved", cssClass: "pass")
        case .noSignificantChange: return Badge(text: "no significant change", cssClass: "neutral")
        case .undetermined: return Badge(text: "undetermined", cssClass: "skip")
        }
    }
}

extension ComparisonChart {
    static let width = 720.0
    static let labelWidth = 250.0
    static let right = 700.0
    static let rowHeight = 38.0

    init(_ rows: [ComparisonRow], limit: Double) {
        let values = rows.map(\.change.value) + [limit, -limit, 0]
        let lo = values.filter(\.isFinite).min() ?? -1
        let hi = values.filter(\.isFinite).max() ?? 1
        let pad = max((hi - lo) / 2, 1)
        let whiskers = rows.flatMap { [$0.change.lower, $0.change.upper].compactMap { $0 } }
            .filter(\.isFinite).map { min(max($0, lo - pad), hi + pad) }
        let axis = ChartAxis.linear(values + whiskers, including: [0], from: Self.labelWidth, to: Self.right)
        let top = 8.0
        var lines: [Line] = []
        for (i, row) in rows.enumerated() {
            let y = top + (Double(i) + 0.5) * Self.rowHeight
            let e = row.change
            var caps: [String] = []
            var arrows: [String] = []
            var x1 = axis.position(e.value)
            var x2 = x1
            if let lower = e.lower, let upper = e.upper {
                (x1, x2, caps, arrows) = OverheadChart.whisker(lower: lower, upper: upper, axis: axis, y: y)
            }
            let css: String
            switch row.verdict {
            case .regressed: css = "status-over"
            case .improved: css = "status-within"
            case .noSignificantChange: css = "status-undecided"
            case .undetermined: css = "status-no_limit"
            }
            lines.append(
                Line(
                    test: TextSanitizer.xml(row.testName), testY: SVG.n(y - 5),
                    label: TextSanitizer.xml(row.operation), textY: SVG.n(y + 13),
                    x1: SVG.n(x1), x2: SVG.n(x2), y: SVG.n(y), pointX: SVG.n(axis.position(e.value)), cssClass: css,
                    caps: caps, capTop: SVG.n(y - 5), capBottom: SVG.n(y + 5), arrows: arrows,
                    title: NumberText.signedPercent(e.value) + " " + EstimateText.signedPercentInterval(e)))
        }
        let bottom = top + Double(rows.count) * Self.rowHeight
        self.init(
            width: SVG.n(Self.width), height: SVG.n(bottom + 24),
            ticks: axis.ticks(count: 5).map { Tick(at: SVG.n(axis.position($0)), label: ChartAxis.label($0) + "%") },
            tickY: SVG.n(bottom + 15), plotTop: SVG.n(top), plotBottom: SVG.n(bottom), zeroX: SVG.n(axis.position(0)),
            limitX: SVG.n(axis.position(limit)), rows: lines)
    }
}
