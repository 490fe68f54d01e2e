import OverheadAnalysis
import OverheadFormat

extension JSONReport: HistoryReportRenderer {
    /// The history as one JSON document: every recording (id, time, label, verdict), every series
    /// with its points and change points (estimates with the analysis report's encoder), the method.
    public func render(_ history: HistoryReport, options: ReportOptions) throws -> [UInt8] {
        Array((JSONPretty.indent(Self.document(history)) + "\n").utf8)
    }

    static func document(_ r: HistoryReport) -> String {
        var o = JSONObjectWriter()
        o.field("format", "overheadbench-history")
        o.field("format_version", formatVersion)
        o.field("confidence", r.confidence)
        var method = JSONObjectWriter()
        method.field("name", "e-divisive means")
        method.field("significance", r.changePointOptions.significance)
        method.field("permutations", r.changePointOptions.permutations)
        method.field("min_segment", r.changePointOptions.minimumSegment)
        method.field("seed", r.changePointOptions.seed)
        o.field("change_point_method", raw: method.finished())
        o.field("recordings", raw: array(r.entries.map(entry)))
        o.field("series", raw: array(r.series.map(series)))
        o.field(
            "baselines",
            raw: array(
                r.baselines.map { b in
                    var w = JSONObjectWriter()
                    w.field("name", b.name)
                    w.field("recording_id", Int(b.id))
                    return w.finished()
                }))
        return o.finished()
    }

    static func entry(_ e: HistoryEntry) -> String {
        var o = JSONObjectWriter()
        o.field("id", Int(e.id))
        o.field("time", HistoryText.isoTime(e.unixTime))
        o.field("unix_time", e.unixTime)
        o.field("commit", e.label.commit)
        o.field("branch", e.label.branch)
        o.field("build", e.label.build)
        o.field("verdict", e.overallVerdict.rawValue)
        o.field("estimated_from", e.blockMeansOnly ? "block_means" : "recording")
        return o.finished()
    }

    static func series(_ s: HistorySeries) -> String {
        var o = JSONObjectWriter()
        o.field("agent_count", s.agentCount)
        o.field(
            "points",
            raw: array(
                s.points.map { p in
                    var w = JSONObjectWriter()
                    w.field("recording_id", Int(p.recordingID))
                    w.field("overhead_percent", raw: estimate(p.overhead))
                    return w.finished()
                }))
        o.field(
            "change_points",
            raw: array(
                s.changePoints.map { c in
                    var w = JSONObjectWriter()
                    w.field("recording_id", Int(c.recordingID))
                    w.field("index", c.index)
                    w.field("before_percent", raw: estimate(c.before))
                    w.field("after_percent", raw: estimate(c.after))
                    w.field("change_points", raw: estimate(c.change))
                    w.field("p_value", c.pValue)
                    w.field("statistic", c.statistic)
                    return w.finished()
                }))
        return o.finished()
    }
}
