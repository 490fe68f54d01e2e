import OverheadAnalysis

extension HistoryChart {
    static let width = 900.0
    static let height = 320.0
    static let left = 64.0
    static let right = 884.0
    static let top = 24.0
    static let bottom = 280.0

    /// x: the recordings in time order, evenly spaced; y: overhead in percent.
    init(_ s: HistorySeries, times: [Int64: Double]) {
        let n = s.points.count
        let values = s.points.flatMap { p in [p.overhead.value, p.overhead.lower, p.overhead.upper].compactMap { $0 } }
        let y = ChartAxis.linear(values, including: [0], from: Self.bottom, to: Self.top)
        func x(_ i: Double) -> Double {
            n <= 1 ? (Self.left + Self.right) / 2 : Self.left + (Self.right - Self.left) * i / Double(n - 1)
        }
        let f = SVG.n
        width = f(Self.width)
        height = f(Self.height)
        plotLeft = f(Self.left)
        plotRight = f(Self.right)
        plotTop = f(Self.top)
        plotBottom = f(Self.bottom)
        labelX = f(Self.left - 6)
        xLabelY = f(Self.bottom + 18)
        unitY = f(Self.top - 8)
        zeroY = f(y.position(0))
        yTicks = y.ticks().map { Tick(at: f(y.position($0)), label: ChartAxis.label($0)) }
        let step = max(1, Int((Double(n) / 8).rounded(.up)))
        xTicks = stride(from: 0, to: n, by: step).map { i in
            Tick(at: f(x(Double(i))), label: "#\(s.points[i].recordingID)")
        }
        let upper: [String] = s.points.enumerated().map { i, p in
            f(x(Double(i))) + "," + f(y.position(p.overhead.upper ?? p.overhead.value))
        }
        let lower: [String] = s.points.enumerated().reversed().map { i, p in
            f(x(Double(i))) + "," + f(y.position(p.overhead.lower ?? p.overhead.value))
        }
        band = (upper + lower).joined(separator: " ")
        line = s.points.enumerated().map { i, p in f(x(Double(i))) + "," + f(y.position(p.overhead.value)) }
            .joined(separator: " ")
        let radius = n > 200 ? "1.5" : n > 50 ? "2.5" : "3.5"
        points = s.points.enumerated().map { i, p in
            Point(
                x: f(x(Double(i))), y: f(y.position(p.overhead.value)), r: radius,
                title: HistoryText.recording(p.recordingID, unixTime: p.unixTime) + ": "
                    + EstimateText.percent(p.overhead))
        }
        let cuts = [0] + s.changePoints.map(\.index) + [n]
        var segmentEstimates = s.changePoints.map(\.before)
        if let last = s.changePoints.last { segmentEstimates.append(last.after) }
        segments = zip(zip(cuts, cuts.dropFirst()), segmentEstimates).map { range, e in
            let x1 = x(Double(range.0) - (range.0 == 0 ? 0 : 0.5))
            let x2 = x(Double(range.1 - 1) + (range.1 == n ? 0 : 0.5))
            let hi = y.position(e.upper ?? e.value)
            let lo = y.position(e.lower ?? e.value)
            return Segment(
                x: f(x1), x2: f(x2), w: f(max(x2 - x1, 1)), y: f(min(hi, lo)), h: f(max(abs(lo - hi), 1)),
                meanY: f(y.position(e.value)), title: "segment mean " + EstimateText.percent(e))
        }
        changes = s.changePoints.map { c in
            Change(
                x: f(x(Double(c.index) - 0.5)),
                title: "change from " + HistoryText.recording(c.recordingID, unixTime: times[c.recordingID] ?? .nan)
                    + ": " + HistoryText.change(c))
        }
    }
}
