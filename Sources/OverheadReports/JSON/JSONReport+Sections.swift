import OverheadAnalysis
import OverheadFormat

/// One encoder per result type, each writing its fields in declaration order.
extension JSONReport {
    static func estimate(_ e: Estimate?) -> String {
        guard let e else { return "null" }
        var o = JSONObjectWriter()
        o.field("value", e.value)
        o.field("lower", e.lower)
        o.field("upper", e.upper)
        o.field("confidence", e.confidence)
        o.field("n", e.n)
        return o.finished()
    }

    static func inputs(_ i: InputSummary) -> String {
        var o = JSONObjectWriter()
        o.field("files", strings: i.files)
        o.field("perf_logs", strings: i.perfLogs)
        o.field("source", i.source.rawValue)
        o.field("records_read", i.recordsRead)
        o.field("lines_skipped", i.linesSkipped)
        o.field("diagnostics", strings: i.diagnostics)
        o.field("partial_reason", i.partialReason)
        return o.finished()
    }

    static func scale(_ s: ScaleOverhead, in r: AnalysisResult) -> String {
        var o = JSONObjectWriter()
        o.field("agent_count", s.agentCount)
        o.field("baseline_mean_ms", s.baselineMeanMs)
        o.field("baseline_p95_ms", s.baselineP95Ms)
        o.field("metrics_mean_ms", s.metricsMeanMs)
        o.field("metrics_paired_operation_ms", s.metricsPaired?.operationMs)
        o.field("metrics_paired_send_ms", s.metricsPaired?.sendMs)
        o.field("full_mean_ms", s.fullMeanMs)
        o.field("full_paired_operation_ms", s.fullPaired?.operationMs)
        o.field("full_paired_send_ms", s.fullPaired?.sendMs)
        o.field("full_p95_ms", s.fullP95Ms)
        o.field("total_overhead_percent", raw: estimate(s.total))
        o.field("p95_overhead_percent", raw: estimate(s.p95Overhead))
        o.field("p99_overhead_percent", raw: estimate(s.p99Overhead))
        o.field("shutdown_per_agent_ms", raw: estimate(s.shutdownPerAgentMs))
        if let layer = s.syntheticLayer {
            var l = JSONObjectWriter()
            l.field("injected_ns", layer.injectedNs)
            l.field("injected_percent", layer.injectedPercent)
            l.field("measured_percent", raw: estimate(layer.measured))
            l.field("measured_ns", layer.measuredNs)
            l.field("reference_send_ms", layer.referenceMs)
            l.field("resolvable_percent", layer.resolvablePercent)
            if let inside = layer.intervalContainsInjected { l.field("interval_contains_injected", inside) }
            o.field("synthetic_layer", raw: l.finished())
        }
        o.field(
            "components",
            raw: array(
                s.components.enumerated().map { rank, c in
                    var o = JSONObjectWriter()
                    o.field("component", c.component.rawValue)
                    o.field("rank", rank + 1)
                    o.field("overhead_percent", raw: estimate(c.overhead))
                    o.field("limit_percent", c.limitPercent)
                    o.field("limit_status", LimitStatus(c.overhead, limit: c.limitPercent).key)
                    o.field("share_percent", c.sharePercent)
                    o.field("advice", strings: ReportFacts.advice(c, in: r))
                    return o.finished()
                }))
        return o.finished()
    }

    static func criterion(_ c: CriterionResult) -> String {
        var o = JSONObjectWriter()
        o.field("id", c.id)
        o.field("title", c.title)
        o.field("agent_count", c.agentCount)
        o.field("verdict", c.verdict.rawValue)
        o.field("measured", raw: estimate(c.measured))
        o.field("limit", c.limit)
        o.field("unit", c.unit)
        o.field("detail", CriterionText.detail(c))
        o.field("minimum_detectable_effect", c.minimumDetectableEffect)
        o.field("additional_runs_needed", c.additionalRunsNeeded)
        return o.finished()
    }

    static func noise(_ n: NoiseFloor) -> String {
        var o = JSONObjectWriter()
        o.field("agent_count", n.agentCount)
        o.field("difference_percent", raw: estimate(n.difference))
        o.field("too_noisy", n.tooNoisy)
        return o.finished()
    }

    static func scaling(_ s: ScalingTrend) -> String {
        var o = JSONObjectWriter()
        o.field("slope_percent_points_per_agent", raw: estimate(s.slopePerAgent))
        o.field("growth_exponent", raw: estimate(s.growthExponent))
        o.field("superlinear", s.superlinear)
        return o.finished()
    }

    static func series(_ s: SeriesStatistics) -> String {
        var o = JSONObjectWriter()
        o.field("test_name", s.testName)
        o.field("operation", s.operation)
        o.field("agent_count", s.agentCount)
        o.field("count", s.count)
        o.field("mean_ms", s.mean)
        o.field("stddev_ms", s.stddev)
        o.field("min_ms", s.min)
        o.field("max_ms", s.max)
        o.field("p50_ms", s.p50)
        o.field("p95_ms", s.p95)
        o.field("p99_ms", s.p99)
        // Compact rows [lower_ms, upper_ms, count]: one line per bin is noise in a dashboard feed.
        o.field(
            "histogram",
            raw: "["
                + s.histogram.map { b in
                    var row = "["
                    JSONText.appendNumber(b.lowerMs, to: &row)
                    row += ","
                    JSONText.appendNumber(b.upperMs, to: &row)
                    return row + "," + String(b.count) + "]"
                }.joined(separator: ",") + "]")
        return o.finished()
    }

    static func resourceStats(_ s: ResourceStats) -> String {
        var o = JSONObjectWriter()
        o.field("samples", s.samples)
        o.field("cpu_avg_percent", s.cpuAvg)
        o.field("cpu_max_percent", s.cpuMax)
        o.field("memory_avg_mb", s.memoryAvgMB)
        o.field("memory_max_mb", s.memoryMaxMB)
        o.field("tmpfs_avg_mb", s.tmpfsAvgMB)
        o.field("tmpfs_max_mb", s.tmpfsMaxMB)
        return o.finished()
    }

    static func resources(_ r: ResourceReport) -> String {
        func window(_ w: ResourceWindow) -> String {
            var o = JSONObjectWriter()
            o.field("test_name", w.testName)
            o.field("agent_count", w.agentCount)
            o.field("stats", raw: resourceStats(w.stats))
            return o.finished()
        }
        var o = JSONObjectWriter()
        o.field("overall", raw: resourceStats(r.overall))
        o.field("per_scale", raw: array(r.perScale.map(window)))
        o.field("per_window", raw: array(r.perWindow.map(window)))
        o.field("memory_slope_mb_per_min", raw: estimate(r.memorySlopeMBPerMin))
        o.field("tmpfs_slope_mb_per_min", raw: estimate(r.tmpfsSlopeMBPerMin))
        // Set when the tmpfs slope excludes the recorder's own output on the bus's file system.
        o.field("recorder_output_max_mb", r.recorderOutputMaxMB)
        o.field("other_processes_cpu_percent", r.otherProcessesCPUPercent)
        if let s = r.sut { o.field("system_under_test", raw: systemUnderTest(s)) }
        // Rows [unix_time, cpu_percent, memory_mb, tmpfs_mb] as in the perf log.
        o.field("timeline_columns", strings: ["unix_time", "cpu_percent", "memory_mb", "tmpfs_mb"])
        o.field(
            "timeline",
            raw: "["
                + r.timeline.map { p in
                    var row = "["
                    for (i, v) in [p.unixTime, p.cpuPercent, p.memoryMB, p.tmpfsMB].enumerated() {
                        if i > 0 { row += "," }
                        JSONText.appendNumber(v, to: &row)
                    }
                    return row + "]"
                }.joined(separator: ",") + "]")
        return o.finished()
    }

    static func systemUnderTest(_ s: SUTReport) -> String {
        var o = JSONObjectWriter()
        o.field("from_soak", s.fromSoak)
        o.field("samples", s.samples)
        o.field("span_s", s.spanSeconds)
        o.field("background_cpu_percent", raw: estimate(s.backgroundCPU))
        o.field("total_cpu_percent", raw: estimate(s.totalCPU))
        o.field(
            "components",
            raw: array(
                s.components.map { c in
                    var w = JSONObjectWriter()
                    w.field("name", c.name)
                    w.field("cpu_percent", raw: estimate(c.cpuPercent))
                    w.field("cpu_max_percent", c.maxPercent)
                    w.field("memory_max_mb", c.memoryMaxMB)
                    w.field("memory_slope_mb_per_min", raw: estimate(c.memorySlope))
                    return w.finished()
                }))
        o.field("memory", s.memoryIsPSS ? "pss" : "rss")
        o.field("memory_gaps", s.memoryGaps)
        o.field("memory_max_mb", s.memoryMaxMB)
        o.field("memory_slope_mb_per_min", raw: estimate(s.memorySlope))
        o.field("bus_max_mb", s.busMaxMB)
        o.field("bus_slope_mb_per_min", raw: estimate(s.busSlope))
        if let g = s.growingPath {
            var w = JSONObjectWriter()
            w.field("path", g.path)
            w.field("slope_mb_per_min", raw: estimate(g.slope))
            w.field("last_mb", g.lastMB)
            o.field("growing_path", raw: w.finished())
        }
        if let g = s.growingComponent {
            var w = JSONObjectWriter()
            w.field("name", g.name)
            w.field("memory_slope_mb_per_min", raw: estimate(g.slope))
            o.field("growing_component", raw: w.finished())
        }
        return o.finished()
    }

    static func failure(_ f: FailureCount) -> String {
        var o = JSONObjectWriter()
        o.field("test_name", f.testName)
        o.field("operation", f.operation)
        o.field("agent_count", f.agentCount)
        o.field("count", f.count)
        o.field("last_reason", f.lastReason)
        o.field("last_stderr_tail", f.lastStderrTail)
        return o.finished()
    }

    static func conservation(_ c: ConservationSummary) -> String {
        var o = JSONObjectWriter()
        o.field("windows", c.windows)
        o.field("unbalanced", c.unbalanced)
        o.field("sent", c.sent)
        o.field("received", c.received)
        o.field("drained", c.drained)
        o.field("evicted", c.evicted)
        // null when the recording's counts overflow (see the warnings).
        o.field("unaccounted", c.unaccounted)
        return o.finished()
    }
}
