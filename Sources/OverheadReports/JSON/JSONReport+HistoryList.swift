import OverheadAnalysis
import OverheadFormat

extension JSONReport: HistoryListRenderer {
    /// `history list` as one JSON document: every recording with its label, verdict, host,
    /// baselines, files and total overhead per agent count (estimates with the analysis report's
    /// encoder).
    public func render(_ list: HistoryList, options: ReportOptions) throws -> [UInt8] {
        var o = JSONObjectWriter()
        o.field("format", "overheadbench-history-list")
        o.field("format_version", Self.formatVersion)
        o.field("confidence", list.confidence)
        o.field("recordings", raw: Self.array(list.recordings.map(Self.stored)))
        return Array((JSONPretty.indent(o.finished()) + "\n").utf8)
    }

    static func stored(_ r: StoredRecording) -> String {
        var o = JSONObjectWriter()
        o.field("id", Int(r.id))
        o.field("time", HistoryText.isoTime(r.unixTime))
        o.field("unix_time", r.unixTime)
        o.field("added_time", HistoryText.isoTime(r.addedUnixTime))
        o.field("commit", r.label.commit)
        o.field("branch", r.label.branch)
        o.field("build", r.label.build)
        o.field("verdict", r.verdict.rawValue)
        o.field("host", r.hostname)
        o.field("content_hash", r.contentHash)
        o.field("baselines", strings: r.baselines)
        o.field("files", strings: r.files)
        o.field("estimated_from", r.blockMeansOnly ? "block_means" : "recording")
        o.field(
            "overhead_percent",
            raw: array(
                r.figures.map { f in
                    var w = JSONObjectWriter()
                    w.field("agent_count", f.agentCount)
                    w.field("estimate", raw: estimate(f.overhead))
                    return w.finished()
                }))
        return o.finished()
    }
}
