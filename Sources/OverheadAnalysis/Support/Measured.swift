import OverheadStats

/// A figure with its interval when one exists: a single run or summaries-only input give a value
/// without one. Invariant: when `interval` is set, `value == interval.estimate`.
struct Measured: Sendable, Equatable {
    var value: Double
    var interval: MeanInterval?
    /// Independent units (blocks, batches, points) behind the figure; 0 for summaries.
    var n: Int

    init(_ interval: MeanInterval) {
        value = interval.estimate
        self.interval = interval
        n = interval.n
    }

    init(point value: Double, n: Int) {
        self.value = value
        interval = nil
        self.n = n
    }

    /// The result type every renderer reads.
    func estimate(confidence: Double) -> Estimate {
        guard let i = interval, i.lower.isFinite, i.upper.isFinite else {
            return Estimate(value: value, lower: nil, upper: nil, confidence: confidence, n: n)
        }
        return Estimate(value: value, lower: i.lower, upper: i.upper, confidence: i.confidence, n: n)
    }

    /// Mean of `xs` with its t-interval; a point for one value; nil for none.
    static func mean(_ xs: [Double], confidence: Double) -> Measured? {
        if let i = MeanInterval.of(xs, confidence: confidence) { return Measured(i) }
        return xs.count == 1 ? Measured(point: xs[0], n: 1) : nil
    }

    /// OLS slope of y on x with its t-interval (n − 2 df); a point with two points; nil when no fit.
    static func slope(x: [Double], y: [Double], confidence: Double) -> Measured? {
        guard let fit = LinearFit.of(x: x, y: y) else { return nil }
        if let i = fit.slopeMeanInterval(confidence: confidence) { return Measured(i) }
        return Measured(point: fit.slope, n: fit.n)
    }
}
