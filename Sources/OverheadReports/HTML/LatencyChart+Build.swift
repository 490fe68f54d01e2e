import OverheadAnalysis

extension LatencyChart {
    static let width = 720.0
    static let labelRight = 176.0
    static let histLeft = 186.0
    static let histWidth = 110.0
    static let plotLeft = 318.0
    static let plotRight = 650.0
    static let rowHeight = 34.0

    /// One chart per scale: per series a histogram of its own range and a box (p50–p95) with whiskers
    /// (min–max, or p50–p99 for summaries), a p99 tick and a mean dot, on a log axis shared by the scale.
    static func charts(_ r: AnalysisResult) -> [LatencyChart] {
        let extremes = r.inputs.source == .rawSamples
        return ReportFacts.agentCounts(r).compactMap { agents in
            let series = r.series.filter { $0.agentCount == agents }
            guard !series.isEmpty else { return nil }
            let top = 26.0
            let values = series.flatMap { extremes ? [$0.min, $0.max, $0.p50, $0.p99] : [$0.p50, $0.p99, $0.mean] }
            let axis = ChartAxis.log(values, from: plotLeft, to: plotRight)
            var rows: [Row] = []
            for (i, s) in series.enumerated() {
                let y = top + Double(i) * rowHeight
                let mid = y + rowHeight / 2
                let maxCount = Double(s.histogram.map(\.count).max() ?? 0)
                let lo = s.histogram.first?.lowerMs ?? 0
                let hi = s.histogram.last?.upperMs ?? 1
                let span = max(hi - lo, 1e-12)
                let bars =
                    maxCount == 0
                    ? []
                    : s.histogram.map { b -> Bar in
                        let h = Double(b.count) / maxCount * (rowHeight - 8)
                        let x = histLeft + (b.lowerMs - lo) / span * histWidth
                        let w = max((b.upperMs - b.lowerMs) / span * histWidth - 0.6, 0.6)
                        return Bar(x: SVG.n(x), y: SVG.n(y + rowHeight - 4 - h), width: SVG.n(w), height: SVG.n(h))
                    }
                let whiskerLow = extremes ? s.min : s.p50
                let whiskerHigh = extremes ? s.max : s.p99
                let p50 = axis.position(s.p50)
                let p95 = axis.position(s.p95)
                let label = TextSanitizer.xml(s.testName) + " · " + TextSanitizer.xml(s.operation)
                // Short but never zero: 0.00013, 0.00240, 0.120, 25.00, 250.0.
                func ms(_ v: Double) -> String {
                    let a = abs(v)
                    if a >= 100 { return NumberText.fixed(v, 1) }
                    if a >= 10 { return NumberText.fixed(v, 2) }
                    if a > 0 && a < 0.001 { return NumberText.fixed(v, 5) }
                    return NumberText.latency(v)
                }
                rows.append(
                    Row(
                        label: label, testLabel: TextSanitizer.xml(s.testName),
                        operationLabel: TextSanitizer.xml(s.operation),
                        textY: SVG.n(mid + 4), testY: SVG.n(mid - 4), operationY: SVG.n(mid + 11), stripeY: SVG.n(y),
                        stripeHeight: SVG.n(rowHeight), odd: i % 2 == 1,
                        bars: bars, noHistogram: bars.isEmpty,
                        noHistogramText: extremes ? "no samples" : "summary only",
                        noHistogramX: SVG.n(histLeft + histWidth / 2),
                        whiskerX1: SVG.n(axis.position(whiskerLow)), whiskerX2: SVG.n(axis.position(whiskerHigh)),
                        boxX: SVG.n(p50), boxWidth: SVG.n(max(p95 - p50, 1.5)), boxY: SVG.n(mid - 8), boxHeight: "16",
                        boxBottom: SVG.n(mid + 8),
                        medianX: SVG.n(p50), p99X: SVG.n(axis.position(s.p99)), meanX: SVG.n(axis.position(s.mean)),
                        midY: SVG.n(mid),
                        meanText: ms(s.mean) + " ms",
                        meanTextX: SVG.n(max(axis.position(whiskerHigh), axis.position(s.p99)) + 6),
                        tooltip: label
                            + ": mean \(ms(s.mean)) ms, p50 \(ms(s.p50)), p95 \(ms(s.p95)), p99 \(ms(s.p99))",
                        test: TextSanitizer.xml(s.testName), operation: TextSanitizer.xml(s.operation),
                        n: s.count == 0 ? "–" : String(s.count), mean: ms(s.mean), p50: ms(s.p50), p95: ms(s.p95),
                        p99: ms(s.p99),
                        max: extremes ? ms(s.max) : "–"))
            }
            let bottom = top + Double(series.count) * rowHeight
            return LatencyChart(
                title: ReportFacts.agents(agents), width: SVG.n(width), height: SVG.n(bottom + 34), plotTop: SVG.n(top),
                plotBottom: SVG.n(bottom),
                ticks: axis.ticks().map { Tick(at: SVG.n(axis.position($0)), label: ChartAxis.label($0)) },
                axisLabelX: SVG.n((plotLeft + plotRight) / 2), axisLabelY: SVG.n(bottom + 30),
                histogramHeader: SVG.n(histLeft + histWidth / 2), rows: rows, table: rows, hasExtremes: extremes)
        }
    }
}
