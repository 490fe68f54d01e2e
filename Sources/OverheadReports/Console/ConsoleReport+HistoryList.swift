import OverheadAnalysis

extension ConsoleReport {
    /// `history list`: one row per recording with its id, time, label, verdict, host, baselines and files.
    public func renderHistoryList(_ recordings: [StoredRecording], options: ReportOptions) -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        if recordings.isEmpty {
            out.line("The history holds no recording yet.")
            return Array(out.text.utf8)
        }
        var t = TextTable(["ID", "Time (UTC)", "Label", "Verdict", "Host", "Baselines", "Files"])
        for r in recordings {
            t.add([
                .init(String(r.id)), .init(HistoryText.time(r.unixTime)),
                .init(ConsoleWriter.safe(HistoryText.label(r.label))), .init(r.verdict.rawValue),
                .init(ConsoleWriter.safe(r.hostname ?? "-")),
                .init(ConsoleWriter.safe(r.baselines.isEmpty ? "-" : r.baselines.joined(separator: ", "))),
                .init(ConsoleWriter.safe(r.files.joined(separator: ", "))),
            ])
        }
        out.append(t.lines())
        out.line("\(recordings.count) recording\(recordings.count == 1 ? "" : "s")")
        return Array(out.text.utf8)
    }
}
