import OverheadAnalysis

/// GitHub Actions workflow commands that annotate a run: `::error` for every failed criterion,
/// `::warning` for every inconclusive one; in a comparison, `::error` for every regression beyond
/// the limit. Nothing for a clean run.
public struct GitHubAnnotationsReport: ReportRenderer {
    public var formatName: String { "GitHub annotations" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var out = ""
        for c in result.criteria {
            let name: String
            switch c.verdict {
            case .fail: name = "error"
            case .inconclusive: name = "warning"
            case .pass, .notEvaluated: continue
            }
            let scale = c.agentCount.map { " at " + ReportFacts.agents($0) } ?? ""
            out += WorkflowCommandText.command(
                name, title: "OverheadBench \(c.verdict.rawValue): \(c.title)\(scale)",
                message: CriterionText.detail(c))
        }
        return Array(out.utf8)
    }

    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        var out = ""
        for row in comparison.regressionsBeyondLimit {
            out += WorkflowCommandText.command(
                "error",
                title:
                    "OverheadBench regression: \(row.testName)/\(row.operation) at \(ReportFacts.agents(row.agentCount))",
                message: "mean \(NumberText.ms(row.oldMeanMs)) → \(NumberText.ms(row.newMeanMs)), "
                    + "\(NumberText.signedPercent(row.change.value)) \(EstimateText.signedPercentInterval(row.change)), "
                    + "beyond the allowed \(NumberText.plain(comparison.maxRegressionPercent))%")
        }
        return Array(out.utf8)
    }
}
