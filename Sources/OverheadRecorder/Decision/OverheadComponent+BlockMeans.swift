import OverheadFormat

extension OverheadComponent {
    /// The overhead from one block's per-operation window means; nil when the block lacks a
    /// window it needs or the baseline is not positive.
    func overheadPercent(means: [TestOperation: Double]) -> Double? {
        guard let b = means[SuiteDesign.baselineSend], b > 0, let t = means[treatment] else { return nil }
        return overheadPercent(baseline: b, treatment: t)
    }
}
