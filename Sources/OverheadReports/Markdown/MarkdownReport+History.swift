import OverheadAnalysis

extension MarkdownReport: HistoryReportRenderer {
    /// The change points per agent count, then every recording with its overhead per agent count.
    public func render(_ history: HistoryReport, options: ReportOptions) throws -> [UInt8] {
        let r = history
        var text = "## OverheadBench history: \(r.entries.count) recording\(r.entries.count == 1 ? "" : "s")\n\n"
        let ci = NumberText.plain(r.confidence * 100) + "% CI"
        for s in r.series {
            text +=
                "### Total overhead at \(ReportFacts.agents(s.agentCount)): \(HistoryText.changeCount(s.changePoints.count))\n\n"
            guard !s.changePoints.isEmpty else { continue }
            let rows = s.changePoints.map { c in
                [
                    String(c.recordingID), NumberText.signedPercent(c.before.value),
                    EstimateText.percentInterval(c.before), NumberText.signedPercent(c.after.value),
                    EstimateText.percentInterval(c.after), NumberText.signed(c.change.value, 2),
                    EstimateText.interval(c.change), HistoryText.pValue(c.pValue),
                ]
            }
            text += MarkdownText.table(
                ["From ID", "Before", ci, "After", ci, "Change (points)", ci, "p"],
                rightAligned: [true, true, false, true, false, true, false, true], rows: rows)
            text += "\n"
        }
        var header = ["ID", "Time (UTC)", "Label", "Verdict"]
        var right = [true, false, false, false]
        let points = r.series.map { s in
            Dictionary(uniqueKeysWithValues: s.points.map { ($0.recordingID, $0.overhead) })
        }
        for s in r.series {
            header += [ReportFacts.agents(s.agentCount), ci]
            right += [true, false]
        }
        let rows = r.entries.map { e in
            [
                HistoryText.id(e), HistoryText.time(e.unixTime), MarkdownText.inline(HistoryText.label(e.label)),
                e.overallVerdict.rawValue,
            ]
                + points.flatMap { p in
                    p[e.id].map { [NumberText.signedPercent($0.value), EstimateText.percentInterval($0)] } ?? ["-", ""]
                }
        }
        text += "### Recordings\n\n" + MarkdownText.table(header, rightAligned: right, rows: rows)
        if let note = HistoryText.blockMeansNote(r.entries) { text += "\n" + note + "\n" }
        text += "\n" + HistoryText.method(r.changePointOptions) + "\n"
        return Array(text.utf8)
    }
}
