import OverheadAnalysis
import OverheadFormat

extension JSONReport {
    /// The fleet as one JSON document: the verdict summary, every host, per scale every host's
    /// total overhead (the estimate encoder of the analysis report) with its weight and whether it
    /// is odd, the pooled estimate and prediction with the spread between hosts, the criteria and
    /// the warnings.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        Array((JSONPretty.indent(Self.document(fleet, options: options)) + "\n").utf8)
    }

    static func document(_ f: FleetAnalysis, options: ReportOptions) -> String {
        let t = ReportFacts.tally(f.criteria)
        var summary = JSONObjectWriter()
        summary.field("overall", t.overall.rawValue)
        summary.field("passed", t.passed)
        summary.field("failed", t.failed)
        summary.field("inconclusive", t.inconclusive)
        summary.field("not_evaluated", t.notEvaluated)
        summary.field("inconclusive_policy", options.inconclusivePolicy.rawValue)
        summary.field("hosts", f.hosts.count)
        var o = JSONObjectWriter()
        o.field("format", "overheadbench-fleet")
        o.field("format_version", formatVersion)
        o.field("summary", raw: summary.finished())
        o.field("confidence", f.confidence)
        o.field("target_overhead_percent", f.targetOverheadPercent)
        o.field("tau_squared_estimator", f.tauSquaredEstimator)
        o.field("hosts", raw: array(f.hosts.map(host)))
        o.field("scales", raw: array(f.scales.map { fleetScale($0, hosts: f.hosts) }))
        o.field("criteria", raw: array(f.criteria.map(criterion)))
        o.field("warnings", strings: f.warnings.map(WarningText.sentence))
        return o.finished()
    }

    static func host(_ h: FleetHost) -> String {
        var o = JSONObjectWriter()
        o.field("label", h.label)
        o.field("hostname", h.hostname)
        o.field("files", strings: h.files)
        o.field("perf_logs", strings: h.perfLogs)
        o.field("lines_skipped", h.linesSkipped)
        o.field("manifest", raw: h.manifest?.jsonLine ?? "null")
        return o.finished()
    }

    static func fleetScale(_ s: FleetScale, hosts: [FleetHost]) -> String {
        var o = JSONObjectWriter()
        o.field("agent_count", s.agentCount)
        if let p = s.pooled {
            var pooled = JSONObjectWriter()
            pooled.field("hosts", p.hosts)
            pooled.field("total_overhead_percent", raw: estimate(p.estimate))
            pooled.field("new_host_prediction_percent", raw: estimate(p.prediction))
            pooled.field("tau_points", p.tauPoints)
            pooled.field("tau_log_ratio", p.tauLog)
            pooled.field("i_squared_percent", p.iSquaredPercent)
            pooled.field("cochran_q", p.cochranQ)
            o.field("pooled", raw: pooled.finished())
        } else {
            o.field("pooled", raw: "null")
        }
        o.field(
            "hosts",
            raw: array(
                s.hosts.map { e in
                    var h = JSONObjectWriter()
                    h.field("host", e.host)
                    h.field("label", hosts[e.host].label)
                    h.field("total_overhead_percent", raw: estimate(e.overhead))
                    h.field("own_verdict", e.verdict?.rawValue)
                    h.field("pooled", e.exclusion == nil && e.weightPercent != nil)
                    h.field("not_pooled_because", e.exclusion?.rawValue)
                    h.field("weight_percent", e.weightPercent)
                    h.field("others_prediction_percent", raw: estimate(e.othersPrediction))
                    h.field("odd", e.outlier?.rawValue)
                    return h.finished()
                }))
        return o.finished()
    }
}
