import OverheadStats

/// The success criteria of one report, judged together with `ThresholdTest.decideAll`: every
/// criterion with an interval enters one Holm–Bonferroni family; PASS needs the upper bound below
/// the limit, FAIL the lower bound above it, anything else is INCONCLUSIVE. A criterion without
/// data is NOT EVALUATED, never passed.
struct CriteriaEvaluation {
    /// A criterion before judgement.
    struct Spec {
        var id: String
        var title: String
        var agentCount: Int?
        var limit: Double
        var unit: String
        var measured: Measured?
        /// Why the criterion cannot be judged; set → NOT EVALUATED.
        var notEvaluated: NotEvaluatedReason?
        /// A condition decided without an interval (e.g. tmpfs peak over its limit) → FAIL.
        var failOutright: OutrightFailure?
        /// Facts reported with the verdict.
        var notes: [CriterionNote] = []
        /// What the interval's units are: blocks (more runs narrow it) or perf-log batches (a
        /// longer recording does).
        var intervalUnits = IntervalUnits.runs

        init(id: String, title: String, agentCount: Int?, limit: Double, unit: String) {
            self.id = id
            self.title = title
            self.agentCount = agentCount
            self.limit = limit
            self.unit = unit
        }
    }

    static func judge(_ specs: [Spec], confidence: Double) -> [CriterionResult] {
        let tested = specs.indices.filter { specs[$0].notEvaluated == nil && specs[$0].measured?.interval != nil }
        let outcomes = ThresholdTest.decideAll(
            tested.map { (specs[$0].measured!.interval!, specs[$0].limit) }, confidence: confidence)
        var byIndex: [Int: ThresholdTest] = [:]
        for (k, i) in tested.enumerated() { byIndex[i] = outcomes[k] }
        let family = tested.count
        return specs.indices.map { i in judge(specs[i], outcome: byIndex[i], family: family, confidence: confidence) }
    }

    static func judge(_ s: Spec, outcome: ThresholdTest?, family: Int, confidence: Double) -> CriterionResult {
        let measured = s.measured?.estimate(confidence: confidence)
        func result(_ verdict: Verdict, _ basis: CriterionBasis, mde: Double? = nil, more: Int? = nil)
            -> CriterionResult
        {
            CriterionResult(
                id: s.id, title: s.title, agentCount: s.agentCount, measured: measured, limit: s.limit, unit: s.unit,
                verdict: verdict, basis: basis, outrightFailure: s.failOutright, notes: s.notes,
                intervalUnits: s.intervalUnits, minimumDetectableEffect: mde, additionalRunsNeeded: more)
        }
        if let reason = s.notEvaluated, s.failOutright == nil {
            return result(.notEvaluated, .notEvaluated(reason))
        }
        guard let outcome else {
            let basis = s.notEvaluated.map(CriterionBasis.notEvaluated) ?? .noInterval
            return result(s.failOutright == nil ? .notEvaluated : .fail, basis)
        }
        // From fewer than 3 units the MDE rests on t with 1 df (12.7 at 95%) and says nothing useful.
        let mde =
            outcome.minimumDetectableEffect.isFinite && outcome.interval.n >= 3 ? outcome.minimumDetectableEffect : nil
        let moreRunsHelp = s.intervalUnits == .runs
        let more = outcome.verdict == .inconclusive && moreRunsHelp ? outcome.additionalBlocksNeeded : nil
        var verdict: Verdict
        let basis: CriterionBasis
        switch outcome.verdict {
        case .pass:
            verdict = .pass
            basis = .upperBoundBelowLimit
        case .fail:
            verdict = .fail
            basis = .lowerBoundAboveLimit
        case .inconclusive:
            verdict = .inconclusive
            let excludes =
                (measured?.upper).map { $0 < s.limit } == true || (measured?.lower).map { $0 > s.limit } == true
            basis = excludes && family > 1 ? .excludedBeforeAdjustment(family: family) : .intervalContainsLimit
        }
        if s.failOutright != nil { verdict = .fail }
        return result(verdict, basis, mde: mde, more: verdict == .inconclusive ? more : nil)
    }
}
