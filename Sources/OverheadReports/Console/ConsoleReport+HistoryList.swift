import OverheadAnalysis

extension ConsoleReport: HistoryListRenderer {
    /// `history list`: one row per recording with its id, time, label, verdict, total overhead and
    /// interval per agent count, host, baselines and files.
    public func render(_ list: HistoryList, options: ReportOptions) throws -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        if list.recordings.isEmpty {
            out.line("The history holds no recording yet.")
            return Array(out.text.utf8)
        }
        let ci = NumberText.plain(list.confidence * 100) + "% CI"
        let scales = list.agentCounts
        var header = ["ID", "Time (UTC)", "Label", "Verdict"]
        for n in scales { header += [ReportFacts.agents(n), ci] }
        var t = TextTable(header + ["Host", "Baselines", "Files"])
        for r in list.recordings {
            var cells: [TextTable.Cell] = [
                .init(HistoryText.id(r.entry)), .init(HistoryText.time(r.unixTime)),
                .init(ConsoleWriter.safe(HistoryText.label(r.label))), .init(r.verdict.rawValue),
            ]
            for n in scales {
                guard let o = r.figures.first(where: { $0.agentCount == n })?.overhead else {
                    cells += [.init("-"), .init("")]
                    continue
                }
                cells += [.init(NumberText.signedPercent(o.value)), .init(EstimateText.percentInterval(o))]
            }
            cells += [
                .init(ConsoleWriter.safe(r.hostname ?? "-")),
                .init(ConsoleWriter.safe(r.baselines.isEmpty ? "-" : r.baselines.joined(separator: ", "))),
                .init(ConsoleWriter.safe(r.files.joined(separator: ", "))),
            ]
            t.add(cells)
        }
        out.append(t.lines())
        out.line(
            "\(list.recordings.count) recording\(list.recordings.count == 1 ? "" : "s"); "
                + HistoryText.listedOverhead)
        if let note = HistoryText.blockMeansNote(list.recordings.map(\.entry)) { out.line(note) }
        return Array(out.text.utf8)
    }
}
