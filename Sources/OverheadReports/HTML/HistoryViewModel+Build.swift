import OverheadAnalysis

extension HistoryViewModel {
    init(_ r: HistoryReport, options: ReportOptions) {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        title = "Overhead history"
        let changes = r.series.reduce(0) { $0 + $1.changePoints.count }
        subtitle =
            "\(r.entries.count) recording\(r.entries.count == 1 ? "" : "s") · " + HistoryText.changeCount(changes)
        empty = r.entries.isEmpty
        let times = Dictionary(uniqueKeysWithValues: r.entries.map { ($0.id, $0.unixTime) })
        let ci = NumberText.plain(r.confidence * 100) + "%"
        groups = r.series.map { s in
            Group(
                scale: "Total overhead at " + ReportFacts.agents(s.agentCount),
                lead: "\(s.points.count) recording\(s.points.count == 1 ? "" : "s"), "
                    + HistoryText.changeCount(s.changePoints.count) + ".",
                ci: ci, chart: HistoryChart(s, times: times), hasChanges: !s.changePoints.isEmpty,
                changeRows: s.changePoints.map { c in
                    ChangeRow(
                        recording: HistoryText.recording(c.recordingID, unixTime: times[c.recordingID] ?? .nan),
                        before: EstimateText.percent(c.before), after: EstimateText.percent(c.after),
                        change: NumberText.signed(c.change.value, 2) + EstimateText.trailingInterval(c.change),
                        p: HistoryText.pValue(c.pValue))
                })
        }
        scaleHeaders = r.series.map { ReportFacts.agents($0.agentCount) }
        let points = r.series.map { s in
            Dictionary(uniqueKeysWithValues: s.points.map { ($0.recordingID, $0.overhead) })
        }
        rows = r.entries.map { e in
            Row(
                id: HistoryText.id(e), time: HistoryText.time(e.unixTime), label: x(HistoryText.label(e.label)),
                badge: HTMLViewModel.badge(e.overallVerdict),
                cells: points.map { p in p[e.id].map(EstimateText.percent) ?? "-" })
        }
        footnote =
            "Intervals are \(ci). " + (HistoryText.blockMeansNote(r.entries).map { $0 + " " } ?? "")
            + HistoryText.method(r.changePointOptions)
        footer = "overhead-analyze history report"
    }
}
