/// How many more runs (blocks) an undecided criterion needs, if the estimate and the per-block
/// spread stay as they are. The interval with m blocks has half-width t_{1−α/2, df+(m−n)}·SE·√(n/m)
/// (SE shrinks as 1/√m; every added block adds one degree of freedom); the answer is the smallest
/// m whose half-width falls below the distance |θ̂ − L| from the estimate to the limit, minus n.
/// Using t at the larger m matters: from 2 runs, t_{0.975,1} = 12.7 would overstate the runs
/// needed about fortyfold. Computed on the log scale for log-ratio intervals, like the verdict.
/// `ThresholdTest.additionalBlocksNeeded` is this.
public enum RunsNeeded {
    /// Beyond this many blocks the answer is "not practical", reported as nil.
    public static let maximumBlocks = 100_000

    /// At least 1 (the decision may have been withheld by the Holm correction alone); nil when the
    /// estimate sits on the limit, the spread is unknown, or more than `maximumBlocks` would be needed.
    public static func additional(_ interval: MeanInterval, limit: Double, alpha: Double) -> Int? {
        let gap: Double
        let se: Double
        if let ls = interval.logScale {
            let theta = ls.theta(limit)
            guard theta.isFinite else { return nil }
            gap = abs(ls.estimate - theta)
            se = ls.standardError
        } else {
            gap = abs(interval.estimate - limit)
            se = interval.standardError
        }
        let n = interval.n
        guard n >= 2, gap > 0, gap.isFinite, se > 0, se.isFinite, alpha > 0, alpha < 1 else { return nil }
        func decides(_ m: Int) -> Bool {
            let df = max(1, interval.df) + Double(m - n)
            return StudentT.quantile(1 - alpha / 2, df: df) * se * (Double(n) / Double(m)).squareRoot() < gap
        }
        guard decides(maximumBlocks) else { return nil }
        var low = n
        var high = maximumBlocks  // decides(high) holds; find the smallest such m > n
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if decides(mid) { high = mid } else { low = mid }
        }
        return max(1, high - n)
    }
}
