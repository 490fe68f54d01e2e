import Foundation

/// The success criteria of one report, judged together: every criterion with an interval enters
/// one Holm–Bonferroni family; PASS needs the upper bound below the limit, FAIL the lower bound
/// above it, anything else is INCONCLUSIVE. A criterion without data is NOT EVALUATED.
struct CriteriaEvaluation {
    /// A criterion before judgement.
    struct Spec {
        var id: String
        var title: String
        var agentCount: Int?
        var limit: Double
        var unit: String
        var measured: Estimate?
        /// The statistic and limit on the scale the test runs on (log ratio for overheads).
        var test: (IntervalEstimate, Double)?
        /// Maps a distance on the test's scale to the criterion's unit (for MDE).
        var toUnit: (Double) -> Double = { $0 }
        /// Why the criterion cannot be judged; set → NOT EVALUATED.
        var notEvaluated: String?
        /// A condition decided without an interval (e.g. tmpfs peak over its limit) → FAIL.
        var failOutright: String?
        /// Extra facts appended to the detail sentence.
        var note: String?
    }

    static func judge(_ specs: [Spec], confidence: Double) -> [CriterionResult] {
        let tested = specs.indices.filter { specs[$0].notEvaluated == nil && specs[$0].test?.0.standardError != nil }
        let outcomes = StatsBridge.decideAll(tested.map { specs[$0].test! }, confidence: confidence)
        var byIndex: [Int: ThresholdOutcome] = [:]
        for (k, i) in tested.enumerated() { byIndex[i] = outcomes[k] }
        let family = tested.count
        return specs.indices.map { i in
            let s = specs[i]
            let measuredText = s.measured.map { describe($0, unit: s.unit) } ?? "no measurement"
            let scope = s.agentCount.map { " at \($0) agent\($0 == 1 ? "" : "s")" } ?? ""
            if let reason = s.notEvaluated {
                return CriterionResult(id: s.id, title: s.title, agentCount: s.agentCount, measured: s.measured, limit: s.limit, unit: s.unit,
                                       verdict: .notEvaluated, detail: "\(s.title)\(scope): not evaluated: \(reason)",
                                       minimumDetectableEffect: nil, additionalRunsNeeded: nil)
            }
            if byIndex[i] == nil, let reason = s.failOutright {
                return CriterionResult(id: s.id, title: s.title, agentCount: s.agentCount, measured: s.measured, limit: s.limit, unit: s.unit,
                                       verdict: .fail, detail: "\(s.title)\(scope): \(reason)",
                                       minimumDetectableEffect: nil, additionalRunsNeeded: nil)
            }
            guard let outcome = byIndex[i] else {
                return CriterionResult(id: s.id, title: s.title, agentCount: s.agentCount, measured: s.measured, limit: s.limit, unit: s.unit,
                                       verdict: .notEvaluated,
                                       detail: "\(s.title)\(scope): not evaluated: \(measuredText) has no interval (a single run or summaries only)",
                                       minimumDetectableEffect: nil, additionalRunsNeeded: nil)
            }
            let mde = outcome.minimumDetectableEffect.map(s.toUnit)
            let limitText = "limit \(format(s.limit))\(s.unit)"
            var verdict: Verdict
            var detail: String
            switch outcome.decision {
            case .below:
                verdict = .pass
                detail = "\(s.title)\(scope): \(measuredText), \(limitText): upper bound below the limit"
            case .above:
                verdict = .fail
                detail = "\(s.title)\(scope): \(measuredText), \(limitText): lower bound above the limit"
            case .undecided:
                verdict = .inconclusive
                let excludes = (s.measured?.upper).map { $0 < s.limit } == true || (s.measured?.lower).map { $0 > s.limit } == true
                let why = excludes && family > 1
                    ? "the interval excludes the limit, but not after Holm–Bonferroni adjustment across \(family) criteria"
                    : "the interval contains the limit"
                detail = "\(s.title)\(scope): \(measuredText), \(limitText): \(why)"
                if let mde { detail += "; smallest detectable difference ≈ \(format(mde))\(s.unit)" }
                if let more = outcome.additionalRunsNeeded { detail += "; about \(more) more run\(more == 1 ? "" : "s") would decide it" }
            }
            if let reason = s.failOutright {
                verdict = .fail
                detail = "\(s.title)\(scope): \(reason); \(detail.replacingOccurrences(of: "\(s.title)\(scope): ", with: ""))"
            }
            if let note = s.note { detail += "; \(note)" }
            return CriterionResult(id: s.id, title: s.title, agentCount: s.agentCount, measured: s.measured, limit: s.limit, unit: s.unit,
                                   verdict: verdict, detail: detail, minimumDetectableEffect: mde,
                                   additionalRunsNeeded: verdict == .inconclusive ? outcome.additionalRunsNeeded : nil)
        }
    }

    static func describe(_ e: Estimate, unit: String) -> String {
        var s = "\(format(e.value))\(unit)"
        if let lo = e.lower, let hi = e.upper {
            s += " (\(format(e.confidence * 100))% CI \(format(lo)) to \(format(hi))\(unit), \(e.n) runs)"
        }
        return s
    }

    /// Up to three decimals, trailing zeros dropped: stable text for reports and golden files.
    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        var s = String(format: "%.3f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
