import OverheadAnalysis
import OverheadFormat

/// Small derived views every renderer shares, computed at render time from `AnalysisResult`.
enum ReportFacts {
    /// `1 agent`, `10 agents`.
    static func agents(_ n: Int) -> String { n == 1 ? "1 agent" : "\(n) agents" }

    /// Human name of a component as the original's table headed it.
    static func name(_ c: Component) -> String {
        switch c {
        case .metrics: return "metrics"
        case .health: return "health"
        case .rateLimiting: return "rate_limiting"
        case .synthetic: return "synthetic_layer"
        case .residual: return "residual (interaction)"
        }
    }

    /// The component's name where space is short (charts, HTML tables): `residual` without its gloss.
    static func shortName(_ c: Component) -> String { c == .residual ? "residual" : name(c) }

    /// Components in declaration order (metrics, health, rate limiting, residual) rather than ranked.
    static func fixedOrder(_ components: [ComponentOverhead]) -> [ComponentOverhead] {
        Component.allCases.compactMap { c in components.first { $0.component == c } }
    }

    /// Every agent count the result mentions, ascending.
    static func agentCounts(_ r: AnalysisResult) -> [Int] {
        var set = Set(r.scales.map(\.agentCount))
        set.formUnion(r.series.map(\.agentCount))
        set.formUnion(r.criteria.compactMap(\.agentCount))
        set.formUnion(r.noiseFloor.map(\.agentCount))
        set.formUnion(r.failures.map(\.agentCount))
        return set.sorted()
    }

    static func component(_ c: Component, in scale: ScaleOverhead) -> ComponentOverhead? {
        scale.components.first { $0.component == c }
    }

    /// The total-overhead criterion judged at one scale, if the analysis produced one.
    static func totalCriterion(_ r: AnalysisResult, agents: Int) -> CriterionResult? {
        r.criteria.first { $0.id == "total_overhead" && $0.agentCount == agents }
    }

    /// Verdict counts and the overall outcome: any FAIL fails; otherwise any INCONCLUSIVE is
    /// inconclusive; otherwise PASS if anything passed; NOT EVALUATED when nothing was judged.
    struct Tally: Sendable, Equatable {
        var passed = 0, failed = 0, inconclusive = 0, notEvaluated = 0
        var overall: Verdict {
            failed > 0 ? .fail : inconclusive > 0 ? .inconclusive : passed > 0 ? .pass : .notEvaluated
        }
    }

    static func tally(_ criteria: [CriterionResult]) -> Tally {
        var t = Tally()
        for c in criteria {
            switch c.verdict {
            case .pass: t.passed += 1
            case .fail: t.failed += 1
            case .inconclusive: t.inconclusive += 1
            case .notEvaluated: t.notEvaluated += 1
            }
        }
        return t
    }

    /// The timeline as (seconds since the first sample, sample), whether the analysis stored
    /// absolute Unix times or relative seconds.
    static func relativeTimeline(_ timeline: [PerfSample]) -> [(Double, PerfSample)] {
        guard let t0 = timeline.first?.unixTime else { return [] }
        return timeline.map { ($0.unixTime - t0, $0) }
    }

    /// `2026-11-26T17:30:00` from the manifest's ISO 8601 start time: no fraction, no zone.
    static func timestampWithoutZone(_ iso: String) -> String? {
        let chars = Array(iso)
        guard chars.count >= 19 else { return nil }
        let head = String(chars[0..<19])
        let pattern: [Character?] = Array("dddd-dd-ddTdd:dd:dd").map { $0 == "d" ? nil : $0 }
        for (c, p) in zip(head, pattern) {
            if let p { if c != p { return nil } } else if !c.isASCII || !c.isNumber { return nil }
        }
        return head
    }
}

extension ReportFacts {
    /// What the reports advise for a component: the profile's finding when its layer was
    /// profiled, else the original's generic texts (empty when within its limit).
    static func advice(_ c: ComponentOverhead, in r: AnalysisResult) -> [String] {
        if let finding = r.profile?.finding(for: c.component), ProfileAnalysis.isOverLimit(c) {
            return ProfileText.advice(finding)
        }
        return c.advice
    }
}
