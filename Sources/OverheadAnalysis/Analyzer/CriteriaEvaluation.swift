import Foundation
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
        var notEvaluated: String?
        /// A condition decided without an interval (e.g. tmpfs peak over its limit) → FAIL.
        var failOutright: String?
        /// Extra facts appended to the detail sentence.
        var note: String?
        /// What the interval's units are, for the detail ("runs" for blocks, "batches" for perf-log batches).
        var unitsName = "runs"
        /// Whether more blocks would narrow the interval (false for perf-log figures: a longer run would).
        var moreRunsHelp = true

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
        let measuredText = measured.map { describe($0, unit: s.unit, units: s.unitsName) } ?? "no measurement"
        func result(_ verdict: Verdict, _ detail: String, mde: Double? = nil, more: Int? = nil) -> CriterionResult {
            var text = detail
            if let note = s.note { text += "; \(note)" }
            return CriterionResult(
                id: s.id, title: s.title, agentCount: s.agentCount, measured: measured, limit: s.limit, unit: s.unit,
                verdict: verdict, detail: text, minimumDetectableEffect: mde, additionalRunsNeeded: more)
        }
        if let reason = s.notEvaluated, s.failOutright == nil {
            return result(.notEvaluated, reason)
        }
        let limitText = "limit \(format(s.limit))\(s.unit)"
        guard let outcome else {
            if let reason = s.failOutright { return result(.fail, reason) }
            return result(.notEvaluated, "\(measuredText) has no interval (a single run or summaries only)")
        }
        // From fewer than 3 units the MDE rests on t with 1 df (12.7 at 95%) and says nothing useful.
        let mde =
            outcome.minimumDetectableEffect.isFinite && outcome.interval.n >= 3 ? outcome.minimumDetectableEffect : nil
        let more = outcome.verdict == .inconclusive && s.moreRunsHelp ? outcome.additionalBlocksNeeded : nil
        var verdict: Verdict
        var detail: String
        switch outcome.verdict {
        case .pass:
            verdict = .pass
            detail = "\(measuredText), \(limitText): upper bound below the limit"
        case .fail:
            verdict = .fail
            detail = "\(measuredText), \(limitText): lower bound above the limit"
        case .inconclusive:
            verdict = .inconclusive
            let excludes =
                (measured?.upper).map { $0 < s.limit } == true || (measured?.lower).map { $0 > s.limit } == true
            let why =
                excludes && family > 1
                ? "the interval excludes the limit, but not after Holm–Bonferroni adjustment across \(family) criteria"
                : "the interval contains the limit"
            detail = "\(measuredText), \(limitText): \(why)"
            if let mde {
                detail += "; smallest detectable difference ≈ \(format(mde, unit: s.unit, signed: false))\(s.unit)"
            }
            if !s.moreRunsHelp {
                detail += "; a longer recording would narrow it"
            } else if let more {
                detail += "; about \(more) more run\(more == 1 ? "" : "s") would decide it"
            }
        }
        if let reason = s.failOutright {
            verdict = .fail
            detail = "\(reason); \(detail)"
        }
        return result(verdict, detail, mde: mde, more: verdict == .inconclusive ? more : nil)
    }

    static func describe(_ e: Estimate, unit: String, units: String = "runs") -> String {
        var s = "\(format(e.value, unit: unit))\(unit)"
        if let lo = e.lower, let hi = e.upper {
            s +=
                " (\(format(e.confidence * 100))% CI \(format(lo, unit: unit)) to \(format(hi, unit: unit))\(unit), \(e.n) \(units))"
        }
        return s
    }

    /// Percentages beyond ±`percentCap` carry no usable digits (a log-scale interval from 2 runs
    /// can reach 10¹⁰%): text shows them as `>+1000` / `<-1000`; the numbers in the result stay raw.
    static let percentCap = 1000.0

    /// `format`, with percentages (`unit` "%") beyond the cap written as a bound.
    static func format(_ v: Double, unit: String, signed: Bool = true) -> String {
        guard unit == "%", v.isFinite, abs(v) > percentCap else { return format(v) }
        return v > 0 ? ">\(signed ? "+" : "")\(format(percentCap))" : "<-\(format(percentCap))"
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
