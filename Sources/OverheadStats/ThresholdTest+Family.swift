extension ThresholdTest {
    /// Decides every criterion of one report together, holding the family-wise error rate
    /// (the chance of any wrong pass or fail) at α = 1 − `confidence` with Holm–Bonferroni over
    /// the two-sided p-values 2·min(pPass, pFail). Each result records the Holm step level
    /// α/(m − rank) it was compared with; MDE and blocks needed are computed at that level. With
    /// one criterion this is `decide(_:limit:alpha:)` at α = 1 − confidence.
    ///
    /// Two-sided p-values make each decision a pass-or-fail choice at α/2 per side, so a wrong
    /// verdict of either kind is covered by the same family-wise bound.
    public static func decideAll(_ tests: [(MeanInterval, Double)], confidence: Double) -> [ThresholdTest] {
        let alpha = 1 - confidence
        let sides = tests.map { oneSidedPValues($0.0, limit: $0.1) }
        let pValues = sides.map { twoSided($0.0, $0.1) }
        let rejected = HolmBonferroni.rejections(pValues: pValues, alpha: alpha)
        let levels = HolmBonferroni.stepLevels(pValues: pValues, alpha: alpha)
        return tests.indices.map { i in
            let (interval, limit) = tests[i]
            var verdict = Verdict.inconclusive
            if rejected[i], interval.estimate != limit {
                verdict = interval.estimate < limit ? .pass : .fail
            }
            return make(
                interval, limit: limit, alpha: levels[i], verdict: verdict,
                pPass: sides[i].0, pFail: sides[i].1, pValue: pValues[i])
        }
    }
}
