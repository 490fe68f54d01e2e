import Foundation
import OverheadFormat

/// Turns a parsed recording into everything the reports show. Pure: no I/O, no clock.
public enum Analyzer {
    public static func analyze(_ recording: Recording, options: AnalysisOptions = AnalysisOptions())
        throws(AnalysisError) -> AnalysisResult
    {
        try analyzeKeepingMeasures(recording, options: options).result
    }

    /// `analyze`, also returning the per-scale measures behind the result (the fleet pools the
    /// intervals of their totals, which the result keeps only as bounds).
    static func analyzeKeepingMeasures(_ recording: Recording, options: AnalysisOptions)
        throws(AnalysisError) -> (result: AnalysisResult, measures: [ScaleMeasures])
    {
        guard options.confidence > 0, options.confidence < 1 else {
            throw .invalidOption("confidence must be between 0 and 1 (exclusive), got \(options.confidence)")
        }
        let table = LatencyTable(recording: recording, histogramBins: options.histogramBins)
        let scales = table.agentCounts.filter { table[SuiteDesign.baselineSend, agents: $0] != nil }
        guard !scales.isEmpty else { throw .noBaseline(files: recording.files) }
        let scaleSet = Set(scales)

        let c = options.confidence
        let measures = scales.map { ScaleMeasures(table: table, agents: $0, options: options) }
        let noise = measures.compactMap { m -> NoiseFloor? in
            guard let e = m.noise?.estimate(confidence: c) else { return nil }
            let excludesZero = (e.lower ?? 0) > 0 || (e.upper ?? 0) < 0
            return NoiseFloor(agentCount: m.agentCount, difference: e, tooNoisy: excludesZero)
        }
        let resources = ResourceAnalysis(recording: recording, confidence: c)
        let criteria = CriteriaEvaluation.judge(
            criteriaSpecs(
                measures, resources: resources, source: table.source,
                perfLogs: recording.perfLogs, options: options),
            confidence: c)
        let inputs = InputSummary(
            files: recording.files, perfLogs: recording.perfLogs, source: table.source,
            recordsRead: recording.recordsRead, linesSkipped: recording.skippedLines,
            diagnostics: recording.diagnostics.prefix(options.maxDiagnostics).map(\.description),
            partialReason: recording.partial.map { "\($0.reason): \($0.detail)" })
        let failureSeries = FailureCount.tally(recording.failures)
        let failures = Array(failureSeries.prefix(AnalysisLimits.maxFailureSeries))
        let conservation = ConservationSummary(recording.conservation)
        let scaling = ScalingAnalysis.trend(measures, confidence: c)
        var result = AnalysisResult(
            manifest: recording.manifest, inputs: inputs, series: table.sortedStatistics,
            scales: measures.map {
                ScaleOverhead(
                    $0, table: table, options: options, targetKind: recording.manifest?.target.kind,
                    syntheticLayerCpuNs: recording.manifest?.config.syntheticLayerCpuNs)
            },
            noiseFloor: noise, scaling: scaling, resources: resources?.report, criteria: criteria,
            calibration: recording.calibration, failures: failures, conservation: conservation, warnings: [])
        result.warnings = AnalysisWarnings.collect(
            recording: recording, result: result, measures: measures, resources: resources,
            scalesWithoutBaseline: table.agentCounts.filter { !scaleSet.contains($0) },
            table: table, failureSeries: failureSeries.count)
        return (result, measures)
    }
}
