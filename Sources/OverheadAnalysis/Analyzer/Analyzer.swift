import Foundation
import OverheadFormat

/// Turns a parsed recording into everything the reports show. Pure: no I/O, no clock.
public enum Analyzer {
    public static func analyze(_ recording: Recording, options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError) -> AnalysisResult {
        guard options.confidence > 0, options.confidence < 1 else {
            throw .invalidOption("confidence must be between 0 and 1 (exclusive), got \(options.confidence)")
        }
        let table = LatencyTable(recording: recording, histogramBins: options.histogramBins)
        let scales = table.agentCounts.filter { table[.baseline, .messageSend, agents: $0] != nil }
        guard !scales.isEmpty else { throw .noBaseline(files: recording.files) }

        let c = options.confidence
        let measures = scales.map { ScaleMeasures(table: table, agents: $0, options: options) }
        let noise = measures.compactMap { m -> NoiseFloor? in
            guard let e = m.noise?.estimate(confidence: c) else { return nil }
            let excludesZero = (e.lower ?? 0) > 0 || (e.upper ?? 0) < 0
            return NoiseFloor(agentCount: m.agentCount, difference: e, tooNoisy: excludesZero)
        }
        let resources = ResourceAnalysis(recording: recording, confidence: c)
        let criteria = CriteriaEvaluation.judge(criteriaSpecs(measures, resources: resources, source: table.source, options: options),
                                                confidence: c)
        let inputs = InputSummary(files: recording.files, perfLogs: recording.perfLogs, source: table.source,
                                  recordsRead: recording.recordsRead, linesSkipped: recording.skippedLines,
                                  diagnostics: recording.diagnostics.prefix(options.maxDiagnostics).map(\.description),
                                  partialReason: recording.partial.map { "\($0.reason): \($0.detail)" })
        let failures = FailureCount.tally(recording.failures)
        let conservation = ConservationSummary(recording.conservation)
        let scaling = ScalingAnalysis.trend(measures, confidence: c)
        var result = AnalysisResult(manifest: recording.manifest, inputs: inputs, series: table.sortedStatistics,
                                    scales: measures.map { ScaleOverhead($0, table: table, options: options) },
                                    noiseFloor: noise, scaling: scaling, resources: resources?.report, criteria: criteria,
                                    calibration: recording.calibration, failures: failures, conservation: conservation, warnings: [])
        result.warnings = AnalysisWarnings.collect(recording: recording, result: result, measures: measures)
        if resources?.cpuColumnsDisagree == true {
            result.warnings.append("The perf log's system CPU averages below the recorder's own share of the machine; the CPU criterion uses the system-wide figure.")
        }
        let unanalysed = table.agentCounts.filter { !scales.contains($0) }
        if !unanalysed.isEmpty {
            result.warnings.append("No baseline/message_send at \(unanalysed.map(String.init).joined(separator: ", ")) agents: those scales are not analysed.")
        }
        return result
    }

    static func criteriaSpecs(_ measures: [ScaleMeasures], resources: ResourceAnalysis?, source: DataSource,
                              options: AnalysisOptions) -> [CriteriaEvaluation.Spec] {
        let c = options.confidence
        var specs: [CriteriaEvaluation.Spec] = []
        func overhead(_ id: String, _ title: String, _ m: ScaleMeasures, _ measure: OverheadMeasure?, limit: Double) {
            var s = CriteriaEvaluation.Spec(id: id, title: title, agentCount: m.agentCount, limit: limit, unit: "%")
            if let measure {
                s.measured = measure.measured
                if measure.measured.interval == nil {
                    let text = CriteriaEvaluation.describe(measure.estimate(confidence: c), unit: "%")
                    s.notEvaluated = source == .statisticsSummaries
                        ? "\(title) \(text) from summary records only; an interval needs raw samples"
                        : "\(title) \(text) from a single run; an interval needs at least two"
                }
            } else {
                s.notEvaluated = "no full_integration/complete_operation measurements"
            }
            specs.append(s)
        }
        for m in measures {
            overhead("total_overhead", "Total overhead", m, m.total, limit: options.targetOverheadPercent)
            overhead("p95_stable", "P95 overhead", m, m.p95, limit: options.p95LimitPercent)
            overhead("p99_stable", "P99 overhead", m, m.p99, limit: options.p99LimitPercent)
        }
        var cpu = CriteriaEvaluation.Spec(id: "cpu", title: "CPU usage (average)", agentCount: nil, limit: options.cpuLimitPercent, unit: "%")
        var memory = CriteriaEvaluation.Spec(id: "memory_stable", title: "Memory growth", agentCount: nil,
                                             limit: options.memorySlopeLimitMBPerMin, unit: " MB/min")
        var tmpfs = CriteriaEvaluation.Spec(id: "tmpfs_bounded", title: "tmpfs growth", agentCount: nil,
                                            limit: options.tmpfsSlopeLimitMBPerMin, unit: " MB/min")
        if let r = resources {
            func fill(_ s: inout CriteriaEvaluation.Spec, _ m: Measured?) {
                s.unitsName = "batches of perf samples"
                s.moreRunsHelp = false
                guard let m else { s.notEvaluated = "too few perf samples"; return }
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
            let peak = r.report.overall.tmpfsMaxMB
            let f = CriteriaEvaluation.format
            tmpfs.note = "peak \(f(peak)) MB (limit \(f(options.tmpfsLimitMB)) MB)"
            if peak >= options.tmpfsLimitMB {
                tmpfs.failOutright = "peak \(f(peak)) MB reached the \(f(options.tmpfsLimitMB)) MB limit"
            }
        } else {
            cpu.notEvaluated = "no perf log"
            memory.notEvaluated = "no perf log"
            tmpfs.notEvaluated = "no perf log"
        }
        specs += [cpu, memory, tmpfs]
        return specs
    }
}
