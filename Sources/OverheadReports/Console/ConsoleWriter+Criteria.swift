import OverheadAnalysis

extension ConsoleWriter {
    /// Every criterion with its verdict, then why each undecided one is undecided, then the overall outcome.
    mutating func criteria(_ r: AnalysisResult) {
        banner("SUCCESS CRITERIA")
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
        let open = r.criteria.filter {
            $0.verdict == .inconclusive || $0.verdict == .notEvaluated || $0.verdict == .fail
        }
        if !open.isEmpty { line() }
        for c in open {
            let scale = c.agentCount.map { " (\(ReportFacts.agents($0)))" } ?? ""
            line(
                "\(style.verdict(c.verdict)(c.verdict.rawValue)) \(Self.safe(c.title))\(scale): \(Self.safe(CriterionText.detail(c)))"
            )
            if c.verdict == .inconclusive && !CriterionText.detailHasHint(c) {
                line("    " + Self.safe(CriterionText.decisionHint(c)))
            }
        }
        let tally = ReportFacts.tally(r.criteria)
        line()
        line(
            "Overall: " + style.verdict(tally.overall)(tally.overall.rawValue)
                + " (\(tally.passed) passed, \(tally.failed) failed, \(tally.inconclusive) inconclusive, \(tally.notEvaluated) not evaluated)"
        )
    }
}
