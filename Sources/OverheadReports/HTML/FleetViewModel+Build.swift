import OverheadAnalysis

extension FleetViewModel {
    init(_ f: FleetAnalysis, options: ReportOptions) {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        let tally = ReportFacts.tally(f.criteria)
        title = "Fleet overhead report"
        subtitle = x(
            "\(f.hosts.count) host\(f.hosts.count == 1 ? "" : "s") · total overhead limit "
                + "\(NumberText.plain(f.targetOverheadPercent))% · \(NumberText.plain(f.confidence * 100))% intervals")
        overall = HTMLViewModel.badge(tally.overall)
        self.tally =
            "\(tally.passed) passed · \(tally.failed) failed · \(tally.inconclusive) inconclusive · "
            + "\(tally.notEvaluated) not evaluated · INCONCLUSIVE counts as \(options.inconclusivePolicy.rawValue) in CI"
        warnings = (FleetText.oddHosts(f).map { [$0] } ?? []).map(x) + f.warnings.map { x(WarningText.sentence($0)) }
        hasWarnings = !warnings.isEmpty
        criteria = f.criteria.map { c in
            CriterionRow(
                title: x(FleetText.criterionLabel(c)), scale: c.agentCount.map(ReportFacts.agents) ?? "all",
                measured: c.measured.map { NumberText.percent($0.value) } ?? "–",
                interval: c.measured.map(EstimateText.percentInterval) ?? "–",
                limit: "< " + NumberText.plain(c.limit) + "%", badge: HTMLViewModel.badge(c.verdict),
                detail: x(CriterionText.detail(c)), hint: nil)
        }
        groups = f.scales.map { scale in
            var rows = scale.hosts.map { e in
                Row(
                    host: x(f.hosts[e.host].label), overhead: e.overhead.map { NumberText.percent($0.value) } ?? "–",
                    interval: e.overhead.map(EstimateText.percentInterval) ?? "–",
                    weight: e.weightPercent.map { NumberText.fixed($0, 1) + "%" } ?? "–",
                    badge: e.verdict.map(HTMLViewModel.badge), note: x(FleetText.note(e)), odd: e.outlier != nil,
                    summary: false)
            }
            if let p = scale.pooled {
                rows.append(
                    Row(
                        host: "Pooled (\(p.hosts) hosts)", overhead: NumberText.percent(p.estimate.value),
                        interval: EstimateText.percentInterval(p.estimate), weight: "100%", badge: nil, note: "",
                        odd: false, summary: true))
                if let prediction = p.prediction {
                    rows.append(
                        Row(
                            host: "New host (prediction)", overhead: "",
                            interval: EstimateText.percentInterval(prediction),
                            weight: "", badge: nil, note: "", odd: false, summary: true))
                }
            }
            return ScaleGroup(
                scale: ReportFacts.agents(scale.agentCount),
                chart: FleetChart(scale, hosts: f.hosts, limit: f.targetOverheadPercent),
                spread: scale.pooled.map { "Between hosts: " + FleetText.spread($0) }, rows: rows)
        }
        method = x(FleetText.method(f))
        footer = "overhead-analyze fleet"
    }
}

extension FleetChart {
    static let width = 720.0
    static let labelWidth = 250.0
    static let right = 700.0
    static let rowHeight = 30.0
    /// Host labels longer than this are shortened from the left (the file name end is what differs).
    static let labelCharacters = 34

    init(_ scale: FleetScale, hosts: [FleetHost], limit: Double) {
        let estimates = scale.hosts.compactMap(\.overhead)
        var values = estimates.map(\.value) + [limit, 0]
        if let p = scale.pooled { values.append(p.estimate.value) }
        let lo = values.filter(\.isFinite).min() ?? -1
        let hi = values.filter(\.isFinite).max() ?? 1
        let pad = max((hi - lo) / 2, 1)
        var bounds = estimates.flatMap { [$0.lower, $0.upper].compactMap { $0 } }
        if let p = scale.pooled {
            bounds += [p.estimate.lower, p.estimate.upper, p.prediction?.lower, p.prediction?.upper].compactMap { $0 }
        }
        let whiskers = bounds.filter(\.isFinite).map { min(max($0, lo - pad), hi + pad) }
        let axis = ChartAxis.linear(values + whiskers, including: [0], from: Self.labelWidth, to: Self.right)
        let top = 8.0
        let maxWeight = scale.hosts.compactMap(\.weightPercent).max() ?? 100
        var lines: [Line] = []
        for (i, e) in scale.hosts.enumerated() {
            let y = top + (Double(i) + 0.5) * Self.rowHeight
            let label = hosts[e.host].label
            var line = Line(
                label: TextSanitizer.xml(Self.short(label)), textY: SVG.n(y + 4), x1: "0", x2: "0", y: SVG.n(y),
                caps: [], capTop: SVG.n(y - 5), capBottom: SVG.n(y + 5), arrows: [], hasPoint: false, squareX: "0",
                squareY: "0", squareSize: "0", cssClass: "status-no_limit",
                title: TextSanitizer.xml(label + ": " + (e.overhead.map(EstimateText.percent) ?? FleetText.note(e))))
            if let o = e.overhead {
                var x1 = axis.position(o.value)
                var x2 = x1
                if let lower = o.lower, let upper = o.upper {
                    (x1, x2, line.caps, line.arrows) = OverheadChart.whisker(
                        lower: lower, upper: upper, axis: axis, y: y)
                }
                // Square area in proportion to the weight: side 5 to 13 px.
                let side = e.weightPercent.map { 5 + 8 * ($0 / max(maxWeight, 1e-9)).squareRoot() } ?? 7
                let cx = min(max(axis.position(o.value), Self.labelWidth), Self.right)
                line.x1 = SVG.n(x1)
                line.x2 = SVG.n(x2)
                line.hasPoint = true
                line.squareX = SVG.n(cx - side / 2)
                line.squareY = SVG.n(y - side / 2)
                line.squareSize = SVG.n(side)
                line.cssClass =
                    e.outlier != nil ? "status-over" : e.exclusion == nil ? "status-within" : "status-no_limit"
            }
            lines.append(line)
        }
        var bottom = top + Double(scale.hosts.count) * Self.rowHeight
        var pooled: Pooled?
        if let p = scale.pooled, let lower = p.estimate.lower, let upper = p.estimate.upper {
            let y = bottom + 0.5 * Self.rowHeight
            let clamp = { (v: Double) in min(max(axis.position(v), Self.labelWidth), Self.right) }
            let (l, c, r) = (clamp(lower), clamp(p.estimate.value), clamp(upper))
            let diamond = [(l, y), (c, y - 8), (r, y), (c, y + 8)].map { SVG.n($0.0) + "," + SVG.n($0.1) }
                .joined(separator: " ")
            var prediction: Prediction?
            bottom += Self.rowHeight
            if let pi = p.prediction, let pl = pi.lower, let pu = pi.upper {
                let py = bottom + 0.5 * Self.rowHeight
                let w = OverheadChart.whisker(lower: pl, upper: pu, axis: axis, y: py)
                prediction = Prediction(
                    label: "New host (prediction)", textY: SVG.n(py + 4), x1: SVG.n(w.x1), x2: SVG.n(w.x2),
                    y: SVG.n(py), caps: w.caps, capTop: SVG.n(py - 5), capBottom: SVG.n(py + 5), arrows: w.arrows,
                    title: "New host: " + EstimateText.percentInterval(pi))
                bottom += Self.rowHeight
            }
            pooled = Pooled(
                label: "Pooled (\(p.hosts) hosts)", textY: SVG.n(y + 4), diamond: diamond,
                title: "Pooled: " + EstimateText.percent(p.estimate), prediction: prediction)
        }
        self.init(
            width: SVG.n(Self.width), height: SVG.n(bottom + 24),
            ticks: axis.ticks(count: 5).map { Tick(at: SVG.n(axis.position($0)), label: ChartAxis.label($0) + "%") },
            tickY: SVG.n(bottom + 15), plotTop: SVG.n(top), plotBottom: SVG.n(bottom), zeroX: SVG.n(axis.position(0)),
            limitX: SVG.n(axis.position(limit)), rows: lines, pooled: pooled)
    }

    /// `…/host-a/results.jsonl`: at most `labelCharacters` characters, the end kept.
    static func short(_ label: String) -> String {
        label.count <= labelCharacters ? label : "…" + String(label.suffix(labelCharacters - 1))
    }
}
