import OverheadAnalysis

extension MarkdownReport: HistoryListRenderer {
    /// `history list` as one Markdown table: every recording with its label, verdict, total
    /// overhead per agent count, host and baselines.
    public func render(_ list: HistoryList, options: ReportOptions) throws -> [UInt8] {
        let n = list.recordings.count
        var text = "## OverheadBench history: \(n) recording\(n == 1 ? "" : "s")\n\n"
        let ci = NumberText.plain(list.confidence * 100) + "% CI"
        let scales = list.agentCounts
        var header = ["ID", "Time (UTC)", "Label", "Verdict"]
        var right = [true, false, false, false]
        for s in scales {
            header += [ReportFacts.agents(s), ci]
            right += [true, false]
        }
        let rows = list.recordings.map { r in
            [
                HistoryText.id(r.entry), HistoryText.time(r.unixTime), MarkdownText.inline(HistoryText.label(r.label)),
                r.verdict.rawValue,
            ]
                + scales.flatMap { s in
                    r.figures.first { $0.agentCount == s }?.overhead.map {
                        [NumberText.signedPercent($0.value), EstimateText.percentInterval($0)]
                    } ?? ["-", ""]
                }
                + [
                    MarkdownText.inline(r.hostname ?? "-"),
                    MarkdownText.inline(r.baselines.isEmpty ? "-" : r.baselines.joined(separator: ", ")),
                ]
        }
        text += MarkdownText.table(header + ["Host", "Baselines"], rightAligned: right + [false, false], rows: rows)
        text += "\n" + HistoryText.listedOverhead + "\n"
        if let note = HistoryText.blockMeansNote(list.recordings.map(\.entry)) { text += "\n" + note + "\n" }
        return Array(text.utf8)
    }
}
