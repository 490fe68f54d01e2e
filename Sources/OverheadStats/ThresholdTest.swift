/// Is a quantity shown to be below a limit, shown to be above it, or not decided?
///
/// For an estimate θ̂ with standard error SE and df degrees of freedom (a `MeanInterval`) and a
/// limit L, with T = (θ̂ − L)/SE:
///
/// - `pPass` = P(t_df ≤ T): the one-sided p-value of H₀: θ ≥ L against H₁: θ < L;
/// - `pFail` = P(t_df ≥ T): the one-sided p-value of H₀: θ ≤ L against H₁: θ > L;
/// - `pValue` = min(1, 2·min(pPass, pFail)); the verdict is `.pass` when pValue ≤ α and θ̂ < L,
///   `.fail` when pValue ≤ α and θ̂ > L, `.inconclusive` otherwise. For a single criterion this
///   is exactly "the (1 − α) two-sided interval lies wholly below (pass) or above (fail) the
///   limit", the rule of the issue; `decideAll` applies Holm–Bonferroni across a report.
/// - `minimumDetectableEffect` = (t_{1−α/2, df} + t_{0.8, df})·SE: the distance |θ − L| this
///   recording would detect with 80% power at level α (the usual power formula with t in place
///   of z).
/// - `additionalBlocksNeeded` = `RunsNeeded.additional`: the smallest m − n with
///   t_{1−α/2, df+(m−n)}·SE·√(n/m) < |θ̂ − L|, how many more blocks the interval would need, if
///   the estimate and the per-block spread stayed as they are, to exclude the limit. Only a
///   rough guide: it gives a decision about half the time; 0 when already decided (at least 1
///   when the decision was withheld by the correction), nil when θ̂ = L, SE is not finite or
///   positive, or more than `RunsNeeded.maximumBlocks` would be needed.
///
/// The interval's own confidence level is not used for the decision: only its estimate, SE and
/// df, at level α. When the interval was computed on a log scale (`LogScale`), T, the MDE and
/// the blocks needed are computed on that scale with the limit mapped onto it, so the verdict
/// agrees exactly with the mapped bounds; the MDE is then reported as the distance above the
/// limit, in the interval's units.
public struct ThresholdTest: Sendable, Equatable {
    public enum Verdict: String, Sendable, Equatable, CaseIterable {
        /// Shown below the limit.
        case pass
        /// Shown above the limit.
        case fail
        /// Neither: the interval straddles the limit (or could not be computed).
        case inconclusive
    }

    public var interval: MeanInterval
    public var limit: Double
    /// Two-sided level the decision was made at (α, or the Holm step level α/(m − rank)).
    public var alpha: Double
    public var verdict: Verdict
    public var pPass: Double
    public var pFail: Double
    public var pValue: Double
    public var minimumDetectableEffect: Double
    public var additionalBlocksNeeded: Int?
    /// The interval at confidence 1 − `alpha`: the verdict is pass or fail exactly when it lies
    /// wholly on one side of the limit (unless a Holm step-down stopped earlier).
    public var decisionInterval: MeanInterval

    public init(
        interval: MeanInterval, limit: Double, alpha: Double, verdict: Verdict, pPass: Double, pFail: Double,
        pValue: Double, minimumDetectableEffect: Double, additionalBlocksNeeded: Int?, decisionInterval: MeanInterval
    ) {
        self.interval = interval
        self.limit = limit
        self.alpha = alpha
        self.verdict = verdict
        self.pPass = pPass
        self.pFail = pFail
        self.pValue = pValue
        self.minimumDetectableEffect = minimumDetectableEffect
        self.additionalBlocksNeeded = additionalBlocksNeeded
        self.decisionInterval = decisionInterval
    }

    /// Decides one criterion at two-sided level `alpha` (e.g. 0.05).
    public static func decide(_ interval: MeanInterval, limit: Double, alpha: Double) -> ThresholdTest {
        let (pPass, pFail) = oneSidedPValues(interval, limit: limit)
        let p = twoSided(pPass, pFail)
        let verdict: Verdict
        if p <= alpha, interval.estimate != limit {
            verdict = interval.estimate < limit ? .pass : .fail
        } else {
            verdict = .inconclusive
        }
        return make(interval, limit: limit, alpha: alpha, verdict: verdict, pPass: pPass, pFail: pFail, pValue: p)
    }

    /// Assembles the result with MDE and blocks needed at level `alpha`.
    static func make(
        _ interval: MeanInterval, limit: Double, alpha: Double, verdict: Verdict,
        pPass: Double, pFail: Double, pValue: Double
    ) -> ThresholdTest {
        let scale = InferenceScale(interval, limit: limit)
        let df = interval.df
        let tAlpha = StudentT.quantile(1 - alpha / 2, df: df)
        let distance = scale.standardError == 0 ? 0 : (tAlpha + StudentT.quantile(0.8, df: df)) * scale.standardError
        let needed = verdict == .inconclusive ? RunsNeeded.additional(interval, limit: limit, alpha: alpha) : 0
        return ThresholdTest(
            interval: interval, limit: limit, alpha: alpha, verdict: verdict, pPass: pPass, pFail: pFail,
            pValue: pValue, minimumDetectableEffect: scale.reportingDistance(distance),
            additionalBlocksNeeded: needed, decisionInterval: interval.at(confidence: 1 - alpha))
    }

    /// (pPass, pFail) from the t statistic; (NaN, NaN) when SE or df is unusable.
    static func oneSidedPValues(_ interval: MeanInterval, limit: Double) -> (Double, Double) {
        let scale = InferenceScale(interval, limit: limit)
        let se = scale.standardError
        let df = interval.df
        let diff = scale.difference
        if diff == .infinity { return (1, 0) }  // the limit lies below every value the scale can take
        guard se.isFinite, se >= 0, df > 0, diff.isFinite else { return (.nan, .nan) }
        if se == 0 {
            if diff < 0 { return (0, 1) }
            if diff > 0 { return (1, 0) }
            return (0.5, 0.5)
        }
        let t = diff / se
        return (StudentT.cdf(t, df: df), StudentT.survival(t, df: df))
    }

    /// The scale the t statistic lives on: the interval's own, or its log scale.
    struct InferenceScale {
        /// Estimate minus limit, on the inference scale.
        var difference: Double
        var standardError: Double
        /// The limit on the inference scale and the log scale, when there is one.
        var limitTheta: Double?
        var logScale: LogScale?

        init(_ interval: MeanInterval, limit: Double) {
            if let ls = interval.logScale {
                let theta = ls.theta(limit)
                difference = ls.estimate - theta
                standardError = ls.standardError
                limitTheta = theta
                logScale = ls
            } else {
                difference = interval.estimate - limit
                standardError = interval.standardError
            }
        }

        /// A distance from the limit on the inference scale, in reporting units (upwards from the limit).
        func reportingDistance(_ d: Double) -> Double {
            guard let ls = logScale, let theta = limitTheta, theta.isFinite else { return d }
            return ls.value(theta + d) - ls.value(theta)
        }
    }

    static func twoSided(_ pPass: Double, _ pFail: Double) -> Double {
        if pPass.isNaN || pFail.isNaN { return .nan }
        return min(1, 2 * min(pPass, pFail))
    }
}
