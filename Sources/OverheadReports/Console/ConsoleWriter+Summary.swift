import OverheadAnalysis

extension ConsoleWriter {
    /// The answer first, within one screen: what was analysed, one line per criterion (scale,
    /// estimate, interval, limit, verdict), the overall verdict and what the exit code will say.
    mutating func summary(_ r: AnalysisResult, policy: InconclusivePolicy) {
        line("==========================================")
        line(style.bold("OVERHEAD VERDICT"))
        line("==========================================")
        line(Self.safe(Self.context(r)))
        line()
        guard !r.criteria.isEmpty else {
            line("No criteria were evaluated.")
            return
        }
        var t = TextTable(["Criterion", "Scale", "Measured", "Interval", "Limit", "Verdict"], rightAligned: [2])
        for c in r.criteria {
            let unit = EstimateText.unitSuffix(c.unit)
            t.add([
                .init(c.title), .init(c.agentCount.map(ReportFacts.agents) ?? "all"),
                .init(c.measured.map { EstimateText.value($0.value, unit: c.unit) + unit } ?? "-"),
                .init(c.measured.map { EstimateText.interval($0, percent: NumberText.isPercent(c.unit)) } ?? "-"),
                .init("< " + NumberText.plain(c.limit) + unit),
                .init(c.verdict.rawValue, paint: style.verdict(c.verdict)),
            ])
        }
        append(t.lines())
        line()
        let tally = ReportFacts.tally(r.criteria)
        line(
            "Overall: " + style.verdict(tally.overall)(tally.overall.rawValue)
                + " (\(tally.passed) passed, \(tally.failed) failed, \(tally.inconclusive) inconclusive, \(tally.notEvaluated) not evaluated)"
        )
        line(Self.exitMeaning(r.criteria, policy: policy))
    }

    /// `samples/default/results.jsonl · native target · agents 1, 10, 100 · 5 runs × 100 iterations`.
    static func context(_ r: AnalysisResult) -> String {
        var parts = [r.inputs.files.joined(separator: ", ")]
        if let m = r.manifest {
            parts.append(m.target.kind + " target")
            parts.append("agents " + m.config.scaleLevels.map(String.init).joined(separator: ", "))
            parts.append("\(m.config.statisticalRuns) runs × \(m.config.iterations) iterations")
        } else {
            parts.append(r.inputs.source.rawValue)
        }
        return parts.joined(separator: " · ")
    }

    /// What the exit code will be and why, under the `--inconclusive` policy in force.
    static func exitMeaning(_ criteria: [CriterionResult], policy: InconclusivePolicy) -> String {
        let failing = criteria.filter { policy.fails($0.verdict) }
        guard !failing.isEmpty else {
            return "Exit 0: no criterion failed"
                + (policy == .fail
                    ? "." : " (INCONCLUSIVE counts as \(policy.rawValue), --inconclusive \(policy.rawValue)).")
        }
        let fails = failing.filter { $0.verdict == .fail }.count
        let open = failing.count - fails
        var why: [String] = []
        if fails > 0 { why.append("\(fails) FAIL") }
        if open > 0 { why.append("\(open) INCONCLUSIVE (counted as failure; --inconclusive pass|skip to change)") }
        return "Exit 1: " + why.joined(separator: ", ") + "."
    }
}
