import OverheadFormat

/// Collects the caveats of one analysis, in the order the reports list them.
enum AnalysisWarnings {
    /// Below this many perf samples the resource intervals cannot use their 10 batches
    /// (`ResourceAnalysis.batches`), so the reader is told to sample faster.
    static let fewPerfSamples = ResourceAnalysis.batches

    /// The shell driver's no-op cost is worth a warning above this share of the baseline send.
    static let driverCostShare = 0.1

    /// The call floor of bash-timed samples is worth a warning at this share of a layer's cost
    /// per message or more: below ten floors a layer's cost is mostly the cost of calling it.
    static let callFloorShare = 0.1

    static func collect(
        recording: Recording, result: AnalysisResult, measures: [ScaleMeasures], resources: ResourceAnalysis?,
        scalesWithoutBaseline: [Int], table: LatencyTable, failureSeries: Int
    ) -> [AnalysisWarning] {
        var w: [AnalysisWarning] = table.limitWarnings
        if failureSeries > result.failures.count {
            w.append(.limited(.failureSeries, kept: result.failures.count, total: failureSeries))
        }
        if result.inputs.source == .statisticsSummaries { w.append(.summariesOnly) }
        if let p = recording.partial {
            w.append(.partialRecording(reason: p.reason, detail: p.detail))
        } else if recording.manifest != nil && recording.end == nil {
            w.append(.noEndRecord)
        }
        if recording.skippedLines > 0 { w.append(.malformedLinesSkipped(count: recording.skippedLines)) }
        for n in result.noiseFloor where n.tooNoisy {
            w.append(.tooNoisy(agentCount: n.agentCount, difference: n.difference))
        }
        if result.inputs.source == .rawSamples {
            for m in measures where (m.total?.measured.n ?? 2) < 2 { w.append(.singleRun(agentCount: m.agentCount)) }
            // One run already has its own warning.
            let two = measures.filter { $0.total?.measured.n == 2 }.map(\.agentCount)
            if !two.isEmpty { w.append(.twoRuns(agentCounts: two)) }
        }
        for m in measures where m.total == nil && !m.hasTotalSeries {
            w.append(.noFullIntegration(agentCount: m.agentCount))
        }
        let unusable = measures.filter { $0.total == nil && $0.hasTotalSeries }.map(\.agentCount)
        if !unusable.isEmpty { w.append(.unusableLatencies(agentCounts: unusable)) }
        if let mismatch = sampleCountMismatch(recording) { w.append(mismatch) }
        if let first = table.overflowingCounts.first {
            w.append(.summaryCountsOverflow(series: table.overflowingCounts.count, first: first.description))
        }
        if result.conservation.unbalanced > 0 {
            w.append(
                .unbalancedWindows(unbalanced: result.conservation.unbalanced, windows: result.conservation.windows))
        }
        if result.conservation.overflow { w.append(.conservationCountsOverflow) }
        if result.conservation.evicted > 0 { w.append(.evictions(count: result.conservation.evicted)) }
        // Every failure record counts, also those of series beyond the failures table's limit.
        if !recording.failures.isEmpty { w.append(.failedOperations(count: recording.failures.count)) }
        if let s = result.scaling, s.superlinear, let exponent = s.growthExponent {
            w.append(.superlinearGrowth(exponent: exponent))
        }
        let undecided = recording.decisions.filter { !$0.decided }
        for d in undecided.prefix(AnalysisLimits.maxUndecidedWarnings) {
            w.append(.stoppedUndecided(blocks: d.blocks, detail: d.detail))
        }
        if undecided.count > AnalysisLimits.maxUndecidedWarnings {
            w.append(
                .limited(.undecidedDecisions, kept: AnalysisLimits.maxUndecidedWarnings, total: undecided.count))
        }
        if result.sampleTiming == .bashEpochRealtime, let floor = recording.calibration?.callFloorMedianMs,
            let warning = callFloor(floor, scales: result.scales)
        {
            w.append(warning)
        }
        if result.sampleTiming == .roundTrip, let cal = recording.calibration, let first = result.scales.first,
            first.baselineMeanMs > 0, cal.noopMedianMs / first.baselineMeanMs > driverCostShare
        {
            w.append(
                .driverCost(
                    noopMedianMs: cal.noopMedianMs, sharePercent: cal.noopMedianMs / first.baselineMeanMs * 100,
                    agentCount: first.agentCount))
        }
        if let s = recording.end?.libraryStderr { w.append(.libraryStderr(lines: s.lines, log: s.log, first: s.first)) }
        if resources?.cpuColumnsDisagree == true { w.append(.cpuColumnsDisagree) }
        if let other = resources?.report.otherProcessesCPUPercent, other >= SUTAnalysis.busyHostPercent {
            w.append(.busyHost(otherCPUPercent: other))
        }
        if !scalesWithoutBaseline.isEmpty { w.append(.noBaseline(agentCounts: scalesWithoutBaseline)) }
        if result.resources == nil {
            w.append(recording.perfLogs.isEmpty ? .noPerfLog : .emptyPerfLog(files: recording.perfLogs))
        } else if recording.perf.count < fewPerfSamples {
            w.append(.fewPerfSamples(count: recording.perf.count))
        }
        return w
    }

    /// The `end` record's sample count against the samples one results file holds (measured, in
    /// series, plus warm-up; samples refused as malformed count as found, they are in the file).
    /// Several files carry several end records of which one is kept, so they are not checked.
    static func sampleCountMismatch(_ recording: Recording) -> AnalysisWarning? {
        guard let end = recording.end, recording.files.count == 1 else { return nil }
        var found = CountSum(recording.series.values.lazy.map(\.count))
        found.add(recording.warmupSamples)
        // Bad lines may have been samples: a claim up to that many above what was read is plausible.
        let plausible = end.samples >= found.total && end.samples - found.total <= recording.skippedLines
        guard !plausible else { return nil }
        return .sampleCountMismatch(claimed: end.samples, found: found.total)
    }

    /// The layers whose measured cost per message is under ten call floors at some scale.
    static func callFloor(_ floorMs: Double, scales: [ScaleOverhead]) -> AnalysisWarning? {
        guard floorMs > 0 else { return nil }
        var near: [Component] = []
        for scale in scales where scale.baselineMeanMs > 0 {
            for c in scale.components where c.component != .residual && !near.contains(c.component) {
                let costMs = abs(c.overhead.value) / 100 * scale.baselineMeanMs
                if floorMs >= callFloorShare * costMs { near.append(c.component) }
            }
        }
        let ordered = Component.allCases.filter(near.contains)
        return ordered.isEmpty ? nil : .callFloorNearLayerCost(floorMs: floorMs, components: ordered)
    }
}
