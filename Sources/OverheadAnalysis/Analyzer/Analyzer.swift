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
        return result
    }

    static func criteriaSpecs(_ measures: [ScaleMeasures], resources: ResourceAnalysis?, source: DataSource,
                              options: AnalysisOptions) -> [CriteriaEvaluation.Spec] {
        let c = options.confidence
        var specs: [CriteriaEvaluation.Spec] = []
        func overhead(_ id: String, _ title: String, _ m: ScaleMeasures, _ measure: OverheadMeasure?, limit: Double, missing: String) {
            var s = CriteriaEvaluation.Spec(id: id, title: title, agentCount: m.agentCount, limit: limit, unit: "%")
            if let measure {
                s.measured = measure.estimate(confidence: c)
                s.test = (measure.logRatio, measure.logLimit(percent: limit))
                s.toUnit = { (exp($0) - 1) * (100 + limit) }
                if measure.logRatio.standardError == nil {
                    s.notEvaluated = source == .statisticsSummaries
                        ? "\(CriteriaEvaluation.describe(s.measured!, unit: "%")) from summary records only; an interval needs raw samples"
                        : "\(CriteriaEvaluation.describe(s.measured!, unit: "%")) from a single run; an interval needs at least two"
                }
            } else {
                s.notEvaluated = missing
            }
            specs.append(s)
        }
        let noFull = "no full_integration/complete_operation measurements"
        for m in measures {
            overhead("total_overhead", "Total overhead", m, m.total, limit: options.targetOverheadPercent, missing: noFull)
            overhead("p95_stable", "P95 overhead", m, m.p95, limit: options.p95LimitPercent, missing: noFull)
            overhead("p99_stable", "P99 overhead", m, m.p99, limit: options.p99LimitPercent, missing: noFull)
        }
        let noPerf = "no perf log"
        var cpu = CriteriaEvaluation.Spec(id: "cpu", title: "CPU usage (average)", agentCount: nil, limit: options.cpuLimitPercent, unit: "%")
        var memory = CriteriaEvaluation.Spec(id: "memory_stable", title: "Memory growth", agentCount: nil,
                                             limit: options.memorySlopeLimitMBPerMin, unit: " MB/min")
        var tmpfs = CriteriaEvaluation.Spec(id: "tmpfs_bounded", title: "tmpfs growth", agentCount: nil,
                                            limit: options.tmpfsSlopeLimitMBPerMin, unit: " MB/min")
        if let r = resources {
            func fill(_ s: inout CriteriaEvaluation.Spec, _ e: IntervalEstimate?) {
                guard let e else { s.notEvaluated = "too few perf samples for a trend"; return }
                s.measured = e.estimate(confidence: c)
                s.test = (e, s.limit)
                if e.standardError == nil { s.notEvaluated = "too few perf samples for an interval" }
            }
            fill(&cpu, r.cpu)
            if r.cpuExcludesRecorder {
                cpu.title = "Background CPU (average)"
                cpu.note = "system-wide busy CPU minus the recorder's own share"
            }
            fill(&memory, r.memorySlope)
            fill(&tmpfs, r.tmpfsSlope)
            let peak = r.report.overall.tmpfsMaxMB
            tmpfs.note = "peak \(CriteriaEvaluation.format(peak)) MB (limit \(CriteriaEvaluation.format(options.tmpfsLimitMB)) MB)"
            if peak >= options.tmpfsLimitMB {
                tmpfs.failOutright = "peak \(CriteriaEvaluation.format(peak)) MB reached the \(CriteriaEvaluation.format(options.tmpfsLimitMB)) MB limit"
                if tmpfs.notEvaluated != nil { tmpfs.notEvaluated = nil; tmpfs.test = nil }
            }
        } else {
            cpu.notEvaluated = noPerf
            memory.notEvaluated = noPerf
            tmpfs.notEvaluated = noPerf
        }
        specs += [cpu, memory, tmpfs]
        return specs
    }
}
