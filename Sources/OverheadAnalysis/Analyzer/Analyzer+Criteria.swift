import Foundation
import OverheadFormat

extension Analyzer {
    /// The criteria of one report, before judgement: per scale total, P95 and P99 overhead; then
    /// CPU, memory growth and tmpfs for the whole run.
    static func criteriaSpecs(
        _ measures: [ScaleMeasures], resources: ResourceAnalysis?, source: DataSource,
        perfLogs: [String] = [], options: AnalysisOptions
    ) -> [CriteriaEvaluation.Spec] {
        let c = options.confidence
        var specs: [CriteriaEvaluation.Spec] = []
        func overhead(_ id: String, _ title: String, _ m: ScaleMeasures, _ measure: OverheadMeasure?, limit: Double) {
            var s = CriteriaEvaluation.Spec(id: id, title: title, agentCount: m.agentCount, limit: limit, unit: "%")
            if let measure {
                s.measured = measure.measured
                if measure.measured.interval == nil {
                    let text = CriteriaEvaluation.describe(measure.estimate(confidence: c), unit: "%")
                    s.notEvaluated =
                        source == .statisticsSummaries
                        ? "\(title) \(text) from summary records only; an interval needs raw samples"
                        : "\(title) \(text) from a single run; an interval needs at least two"
                }
            } else {
                s.notEvaluated = "no full_integration/complete_operation measurements"
            }
            specs.append(s)
        }
        for m in measures {
            overhead("total_overhead", "Total overhead", m, m.total, limit: options.limitPercent(.total))
            overhead("p95_stable", "P95 overhead", m, m.p95, limit: options.p95LimitPercent)
            overhead("p99_stable", "P99 overhead", m, m.p99, limit: options.p99LimitPercent)
        }
        var cpu = CriteriaEvaluation.Spec(
            id: "cpu", title: "CPU usage (average)", agentCount: nil, limit: options.cpuLimitPercent, unit: "%")
        var memory = CriteriaEvaluation.Spec(
            id: "memory_stable", title: "Memory growth", agentCount: nil,
            limit: options.memorySlopeLimitMBPerMin, unit: " MB/min")
        var tmpfs = CriteriaEvaluation.Spec(
            id: "tmpfs_bounded", title: "tmpfs growth", agentCount: nil,
            limit: options.tmpfsSlopeLimitMBPerMin, unit: " MB/min")
        if let r = resources {
            func fill(_ s: inout CriteriaEvaluation.Spec, _ m: Measured?) {
                s.unitsName = "batches of perf samples"
                s.moreRunsHelp = false
                guard let m else {
                    s.notEvaluated = "too few perf samples"
                    return
                }
                s.measured = m
                if m.interval == nil { s.notEvaluated = "too few perf samples for an interval" }
            }
            fill(&cpu, r.cpu)
            if r.cpuExcludesRecorder {
                cpu.title = "Background CPU (average)"
                cpu.note = "system-wide busy CPU minus the recorder's own share"
            }
            fill(&memory, r.memorySlope)
            fill(&tmpfs, r.tmpfsSlope)
            let span = (r.report.timeline.last?.unixTime ?? 0) - (r.report.timeline.first?.unixTime ?? 0)
            if span < options.minimumGrowthSpanSeconds {
                let why =
                    "the perf log spans \(CriteriaEvaluation.format(span)) s; a growth rate needs at least "
                    + "\(CriteriaEvaluation.format(options.minimumGrowthSpanSeconds)) s (record more runs or iterations)"
                memory.notEvaluated = why
                tmpfs.notEvaluated = why
            }
            let peak = r.busTmpfsMaxMB
            let f: (Double) -> String = CriteriaEvaluation.format
            tmpfs.note = "peak \(f(peak)) MB (limit \(f(options.tmpfsLimitMB)) MB)"
            if r.tmpfsExcludesRecorderOutput {
                tmpfs.note =
                    "excluding the recorder's own output, \(f(r.recorderOutputMaxMB)) MB at most; " + tmpfs.note!
            }
            if peak >= options.tmpfsLimitMB {
                tmpfs.failOutright = "peak \(f(peak)) MB reached the \(f(options.tmpfsLimitMB)) MB limit"
            }
        } else {
            let why = perfLogs.isEmpty ? "no perf log" : "the perf log has no samples"
            cpu.notEvaluated = why
            memory.notEvaluated = why
            tmpfs.notEvaluated = why
        }
        specs += [cpu, memory, tmpfs]
        return specs
    }
}
