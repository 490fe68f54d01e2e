import OverheadAnalysis

extension MarkdownReport {
    /// The comparison as a table: one row per series with the two figures the change compares, the change, its interval and
    /// the verdict; the regressions beyond the limit counted first.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        let r = comparison
        let limit = NumberText.plain(r.maxRegressionPercent)
        let beyond = r.regressionsBeyondLimit.count
        var text = "## OverheadBench comparison: "
        text += beyond == 0 ? "✅ no regression beyond \(limit)%\n\n" : "❌ \(beyond) beyond \(limit)%\n\n"
        text += "OLD " + r.oldFiles.map(MarkdownText.inline).joined(separator: ", ") + ", NEW "
        text += r.newFiles.map(MarkdownText.inline).joined(separator: ", ") + ".\n\n"
        let ci = NumberText.plain(r.confidence * 100) + "% CI"
        let rows = r.rows.map { row in
            [
                String(row.agentCount), MarkdownText.inline(row.testName), MarkdownText.inline(row.operation),
                NumberText.latency(row.oldComparedMs), NumberText.latency(row.newComparedMs),
                NumberText.signedPercent(row.change.value), EstimateText.signedPercentInterval(row.change),
                (row.exceedsLimit ? "❌ " : "") + row.verdict.rawValue,
            ]
        }
        text += MarkdownText.table(
            ["Agents", "Test", "Operation", "OLD ms¹", "NEW ms¹", "Change", ci, "Verdict"],
            rightAligned: [true, false, false, true, true, true, false, false], rows: rows)
        text += "\n¹ geometric mean of the run means: the change is NEW/OLD − 1 of these.\n"
        if !r.warnings.isEmpty {
            text += "\n### Warnings\n\n"
            text += r.warnings.map { "- " + MarkdownText.inline(WarningText.sentence($0)) + "\n" }.joined()
        }
        return Array(text.utf8)
    }
}
