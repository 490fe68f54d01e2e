import OverheadFormat

extension Analyzer {
    /// The CPU, memory and tmpfs criteria on the system under test's own figures: its background
    /// CPU (the sum of the background components), the growth of its memory and of the bus
    /// directory, and the bus directory's peak, from the soak phase when the run has one.
    static func judgeSystemUnderTest(
        _ sut: SUTAnalysis.Figures, cpu: inout CriteriaEvaluation.Spec, memory: inout CriteriaEvaluation.Spec,
        tmpfs: inout CriteriaEvaluation.Spec, options: AnalysisOptions
    ) {
        let r = sut.report
        func fill(_ s: inout CriteriaEvaluation.Spec, _ m: Measured?) {
            s.measured = nil
            s.notEvaluated = nil
            s.intervalUnits = .perfSampleBatches
            s.notes = [.systemUnderTest(soak: r.fromSoak)]
            guard let m else {
                s.notEvaluated = .tooFewPerfSamples
                return
            }
            s.measured = m
            if m.interval == nil { s.notEvaluated = .tooFewPerfSamplesForInterval }
        }
        fill(&cpu, sut.backgroundCPU)
        cpu.title = "Background CPU of the system under test"
        if let top = r.components.max(by: { ($0.cpuPercent?.value ?? 0) < ($1.cpuPercent?.value ?? 0) }),
            let value = top.cpuPercent?.value
        {
            cpu.notes.append(.largestComponent(name: top.name, cpuPercent: value))
        }
        fill(&memory, sut.memorySlope)
        memory.title = "Memory growth of the system under test"
        memory.notes.append(.memoryIsPSS(r.memoryIsPSS))
        if let growing = r.growingComponent {
            memory.notes.append(.growingComponent(name: growing.name, slopeMBPerMin: growing.slope.value))
        }
        fill(&tmpfs, sut.busSlope)
        tmpfs.title = "Bus directory growth"
        if r.spanSeconds < options.minimumGrowthSpanSeconds {
            let why = NotEvaluatedReason.soakTooShort(
                spanSeconds: r.spanSeconds, neededSeconds: options.minimumGrowthSpanSeconds, soak: r.fromSoak)
            memory.notEvaluated = why
            tmpfs.notEvaluated = why
        }
        if let growing = r.growingPath {
            tmpfs.notes.append(.growingPath(path: growing.path, slopeMBPerMin: growing.slope.value))
        }
        tmpfs.notes.append(.tmpfsPeak(peakMB: r.busMaxMB, limitMB: options.tmpfsLimitMB))
        if r.busMaxMB >= options.tmpfsLimitMB {
            tmpfs.failOutright = .tmpfsPeakReachedLimit(peakMB: r.busMaxMB, limitMB: options.tmpfsLimitMB)
        }
    }
}
