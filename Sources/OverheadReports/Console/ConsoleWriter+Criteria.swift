import OverheadAnalysis

extension ConsoleWriter {
    /// Why each failed, undecided or unjudged criterion got its verdict (the verdicts themselves
    /// are in the summary at the top).
    mutating func criteria(_ r: AnalysisResult) {
        let open = r.criteria.filter {
            $0.verdict == .inconclusive || $0.verdict == .notEvaluated || $0.verdict == .fail
        }
        guard !open.isEmpty else { return }
        banner("CRITERIA DETAIL")
        for c in open {
            let scale = c.agentCount.map { " (\(ReportFacts.agents($0)))" } ?? ""
            line(
                "\(style.verdict(c.verdict)(c.verdict.rawValue)) \(Self.safe(c.title))\(scale): \(Self.safe(CriterionText.detail(c)))"
            )
            if c.verdict == .inconclusive && !CriterionText.detailHasHint(c) {
                line("    " + Self.safe(CriterionText.decisionHint(c)))
            }
        }
    }
}
