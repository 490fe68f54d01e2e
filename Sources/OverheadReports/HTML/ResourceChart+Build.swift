import OverheadAnalysis

extension ResourceChart {
    static let width = 720.0
    static let left = 64.0
    static let right = 700.0
    static let panelHeight = 120.0
    static let gap = 34.0

    /// CPU, memory and tmpfs polylines over the perf log's time axis, with each scale's span shaded
    /// when the analysis knows it. Long logs are thinned to at most ~1,400 points (min/max kept per pixel pair).
    init?(_ r: AnalysisResult) {
        guard let res = r.resources, res.timeline.count >= 2 else { return nil }
        let t0 = res.timeline[0].unixTime
        let timeline = ReportFacts.relativeTimeline(res.timeline)
        let xAxis = ChartAxis.linear(
            timeline.map(\.0), including: [0], from: Self.left, to: Self.right, ticks: 8, rounded: false)
        let metrics: [(String, String, (PerfSampleView) -> Double)] = [
            ("CPU (%)", "cpu", { $0.cpu }), ("Memory used (MB)", "memory", { $0.memory }),
            ("tmpfs used (MB)", "tmpfs", { $0.tmpfs }),
        ]
        let views = timeline.map {
            PerfSampleView(t: $0.0, cpu: $0.1.cpuPercent, memory: $0.1.memoryMB, tmpfs: $0.1.tmpfsMB)
        }
        var panels: [Panel] = []
        var top = 26.0
        for (i, (title, css, value)) in metrics.enumerated() {
            let bottom = top + Self.panelHeight
            let yAxis = ChartAxis.linear(
                views.map(value), including: css == "cpu" ? [0] : [], from: bottom, to: top, ticks: 4)
            let points = Self.thin(views.map { (xAxis.position($0.t), yAxis.position(value($0))) })
                .map { SVG.n($0.0) + "," + SVG.n($0.1) }.joined(separator: " ")
            let shading = res.perScale.enumerated().compactMap { j, w -> Shade? in
                guard let s = w.startUnixTime, let e = w.endUnixTime, e > s else { return nil }
                let x1 = xAxis.position(s - t0)
                let x2 = xAxis.position(e - t0)
                return Shade(
                    x: SVG.n(x1), y: SVG.n(top), width: SVG.n(max(x2 - x1, 1)), height: SVG.n(Self.panelHeight),
                    label: i == 0 ? Self.bandLabel(agents: w.agentCount, width: x2 - x1) : "",
                    labelX: SVG.n((x1 + x2) / 2), labelY: SVG.n(top + 12), odd: j % 2 == 1)
            }
            panels.append(
                Panel(
                    title: title, cssClass: css, top: SVG.n(top), bottom: SVG.n(bottom), titleY: SVG.n(top - 6),
                    points: points,
                    yTicks: yAxis.ticks(count: 4).map {
                        Tick(at: SVG.n(yAxis.position($0)), label: ChartAxis.label($0))
                    },
                    shading: shading))
            top = bottom + Self.gap
        }
        let axisY = top - Self.gap
        self.init(
            width: SVG.n(Self.width), height: SVG.n(axisY + 44), panels: panels,
            xTicks: xAxis.ticks(count: 8).map {
                Tick(at: SVG.n(xAxis.position($0)), label: ChartAxis.label($0) + " s")
            },
            axisY: SVG.n(axisY), axisLabelY: SVG.n(axisY + 38), plotLeft: SVG.n(Self.left), plotRight: SVG.n(Self.right)
        )
    }

    /// Pixels a tick-label character takes at the chart's font size, a little generously.
    static let labelCharacterWidth = 7.0

    /// `10 agents`, or just `10` when the band is narrower than that, or nothing when even the
    /// number does not fit: neighbouring bands' labels must never overlap.
    static func bandLabel(agents: Int, width: Double) -> String {
        let full = ReportFacts.agents(agents)
        if Double(full.count) * labelCharacterWidth + 4 <= width { return full }
        let short = String(agents)
        return Double(short.count) * labelCharacterWidth + 4 <= width ? short : ""
    }

    struct PerfSampleView {
        var t, cpu, memory, tmpfs: Double
    }

    /// Keeps the first, last, lowest and highest point of every 0.5-pixel column, so spikes survive thinning.
    static func thin(_ points: [(Double, Double)]) -> [(Double, Double)] {
        guard points.count > 1_400 else { return points }
        var out: [(Double, Double)] = []
        var bucket: [(Double, Double)] = []
        var key = Int.min
        func flush() {
            guard let first = bucket.first, let last = bucket.last else { return }
            let lo = bucket.min { $0.1 < $1.1 }!
            let hi = bucket.max { $0.1 < $1.1 }!
            var seen: [(Double, Double)] = []
            for p in [first, lo, hi, last].sorted(by: { $0.0 < $1.0 }) where !seen.contains(where: { $0 == p }) {
                seen.append(p)
            }
            out += seen
        }
        for p in points {
            let k = Int(p.0 * 2)
            if k != key {
                flush()
                bucket = []
                key = k
            }
            bucket.append(p)
        }
        flush()
        return out
    }
}
