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
                    let e = measure.estimate(confidence: c)
                    s.notEvaluated = source == .statisticsSummaries ? .summariesOnly(e) : .singleRun(e)
                }
            } else {
                s.notEvaluated = .noFullIntegration
            }
            specs.append(s)
        }
        for m in measures {
            overhead("total_overhead", "Total overhead", m, m.total, limit: options.limitPercent(.total))
            overhead("p95_stable", "P95 overhead", m, m.p95, limit: options.p95LimitPercent)
            overhead("p99_stable", "P99 overhead", m, m.p99, limit: options.p99LimitPercent)
            if let synthetic = m.synthetic {
                overhead(
                    "synthetic_layer", "Synthetic layer overhead", m, synthetic,
                    limit: options.limitPercent(.synthetic))
            }
        }
        var cpu = CriteriaEvaluation.Spec(
            id: "cpu", title: "CPU usage (average)", agentCount: nil, limit: options.cpuLimitPercent, unit: "%")
        var memory = CriteriaEvaluation.Spec(
            id: "memory_stable", title: "Memory growth", agentCount: nil,
            limit: options.memorySlopeLimitMBPerMin, unit: "MB/min")
        var tmpfs = CriteriaEvaluation.Spec(
            id: "tmpfs_bounded", title: "tmpfs growth", agentCount: nil,
            limit: options.tmpfsSlopeLimitMBPerMin, unit: "MB/min")
        if let r = resources {
            func fill(_ s: inout CriteriaEvaluation.Spec, _ m: Measured?) {
                s.intervalUnits = .perfSampleBatches
                guard let m else {
                    s.notEvaluated = .tooFewPerfSamples
                    return
                }
                s.measured = m
                if m.interval == nil { s.notEvaluated = .tooFewPerfSamplesForInterval }
            }
            fill(&cpu, r.cpu)
            if r.cpuExcludesRecorder {
                cpu.title = "Background CPU (average)"
                cpu.notes = [.cpuExcludesRecorder]
            }
            fill(&memory, r.memorySlope)
            fill(&tmpfs, r.tmpfsSlope)
            let span = (r.report.timeline.last?.unixTime ?? 0) - (r.report.timeline.first?.unixTime ?? 0)
            if span < options.minimumGrowthSpanSeconds {
                let why = NotEvaluatedReason.perfLogTooShort(
                    spanSeconds: span, neededSeconds: options.minimumGrowthSpanSeconds)
                memory.notEvaluated = why
                tmpfs.notEvaluated = why
            }
            let peak = r.busTmpfsMaxMB
            if r.tmpfsExcludesRecorderOutput {
                tmpfs.notes.append(.recorderOutputExcluded(maxMB: r.recorderOutputMaxMB))
            }
            if let sut = r.sut {
                judgeSystemUnderTest(sut, cpu: &cpu, memory: &memory, tmpfs: &tmpfs, options: options)
            } else {
                tmpfs.notes.append(.tmpfsPeak(peakMB: peak, limitMB: options.tmpfsLimitMB))
                if peak >= options.tmpfsLimitMB {
                    tmpfs.failOutright = .tmpfsPeakReachedLimit(peakMB: peak, limitMB: options.tmpfsLimitMB)
                }
                cpu.notes.append(.hostWide)
                memory.notes.append(.hostWide)
                tmpfs.notes.append(.hostWide)
            }
        } else {
            let why: NotEvaluatedReason = perfLogs.isEmpty ? .noPerfLog : .emptyPerfLog
            cpu.notEvaluated = why
            memory.notEvaluated = why
            tmpfs.notEvaluated = why
        }
        specs += [cpu, memory, tmpfs]
        return specs
    }
}
