import OverheadStats

/// The decision rules the recorder ships.
public enum DecisionRules {
    /// The analyzer's method, so `--until-decided` stops when the report will be decided: per
    /// criterion, the t-interval over the paired windows' overheads (`PairedWindowEstimate`) for
    /// the paired components, the paired log-ratio interval over the blocks
    /// (`PairedOverhead.interval`) for the others, then
    /// threshold tests against each limit with Holm–Bonferroni across the criteria
    /// (`ThresholdTest.decideAll`) at the given confidence. A criterion without an interval yet
    /// (fewer than 2 blocks) is inconclusive.
    public static let standard: DecisionRule? = { series, confidence in
        let intervals = series.map { s -> MeanInterval? in
            if let windows = s.windowPercents { return MeanInterval.of(windows, confidence: confidence) }
            let kind = PairedOverhead.Kind(addedOperationWeight: s.criterion.addedOperationWeight)
            return PairedOverhead.interval(
                baseline: s.baseline, treatment: s.treatment, kind: kind, confidence: confidence)
        }
        let testable = series.indices.filter { intervals[$0] != nil }
        let tests = ThresholdTest.decideAll(
            testable.map { (intervals[$0]!, series[$0].limitPercent) }, confidence: confidence)
        var verdicts = [CriterionVerdict](repeating: .inconclusive, count: series.count)
        for (i, test) in zip(testable, tests) {
            switch test.verdict {
            case .pass: verdicts[i] = .pass
            case .fail: verdicts[i] = .fail
            case .inconclusive: verdicts[i] = .inconclusive
            }
        }
        return verdicts
    }
}
