import OverheadAnalysis

extension ConsoleReport: HistoryReportRenderer {
    /// The latest recordings per agent count with their overhead and interval, then each series'
    /// change points with the estimates before and after.
    public func render(_ history: HistoryReport, options: ReportOptions) throws -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        out.history(history)
        return Array(out.text.utf8)
    }
}

extension ConsoleWriter {
    /// Recordings shown in the console table; the other reports list them all.
    static let historyRows = 30

    mutating func history(_ r: HistoryReport) {
        line("==========================================")
        line(style.bold("OVERHEAD HISTORY (\(r.entries.count) recording\(r.entries.count == 1 ? "" : "s"))"))
        line("==========================================")
        line()
        if r.entries.isEmpty {
            line("The history holds no recording yet.")
            return
        }
        let ci = NumberText.plain(r.confidence * 100) + "% CI"
        let shown = r.entries.suffix(Self.historyRows)
        var header = ["ID", "Time (UTC)", "Label", "Verdict"]
        for s in r.series { header += [ReportFacts.agents(s.agentCount), ci] }
        var t = TextTable(header)
        let byScale = r.series.map { s in
            (
                Dictionary(uniqueKeysWithValues: s.points.map { ($0.recordingID, $0.overhead) }),
                Set(s.changePoints.map(\.recordingID))
            )
        }
        for e in shown {
            var cells: [TextTable.Cell] = [
                .init(HistoryText.id(e)), .init(HistoryText.time(e.unixTime)),
                .init(Self.safe(HistoryText.label(e.label))),
                .init(e.overallVerdict.rawValue),
            ]
            for (points, changes) in byScale {
                guard let o = points[e.id] else {
                    cells += [.init("-"), .init("")]
                    continue
                }
                let mark = changes.contains(e.id) ? " ◆" : ""
                cells += [.init(NumberText.signedPercent(o.value) + mark), .init(EstimateText.percentInterval(o))]
            }
            t.add(cells)
        }
        append(t.lines())
        if r.entries.count > shown.count {
            line(
                "(\(r.entries.count - shown.count) earlier recordings not shown: --json, --markdown and --html list all)"
            )
        }
        line("◆ first recording after a change point")
        if let note = HistoryText.blockMeansNote(shown) { line(note) }
        line()
        for s in r.series {
            line(
                style.bold("Total overhead at \(ReportFacts.agents(s.agentCount))") + ": "
                    + "\(s.points.count) recording\(s.points.count == 1 ? "" : "s"), "
                    + HistoryText.changeCount(s.changePoints.count))
            for c in s.changePoints {
                let e = r.entries.first { $0.id == c.recordingID }
                line(
                    "  at " + HistoryText.recording(c.recordingID, unixTime: e?.unixTime ?? .nan) + ": "
                        + HistoryText.change(c))
            }
        }
        line()
        line(HistoryText.method(r.changePointOptions))
        if !r.baselines.isEmpty {
            line("Baselines: " + r.baselines.map { Self.safe($0.name) + " → \($0.id)" }.joined(separator: ", "))
        }
    }
}
