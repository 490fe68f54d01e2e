import OverheadAnalysis
import OverheadFormat

extension SampleResults {
    /// A file of the original tool: statistics summaries only, no raw samples, no perf log, two scales.
    /// No intervals (a single summary per series), no histograms, so resource criteria are NOT EVALUATED.
    public static var summariesOnly: AnalysisResult {
        let scales = [1, 10]
        return AnalysisResult(
            manifest: nil,
            inputs: InputSummary(
                files: ["phase1-overhead-results.jsonl"], perfLogs: [], source: .statisticsSummaries,
                recordsRead: 24, linesSkipped: 0, diagnostics: [], partialReason: nil),
            series: scales.flatMap { series(agents: $0, withHistogram: false) },
            scales: scales.map { scale(agents: $0, withIntervals: false) },
            noiseFloor: [],
            scaling: ScalingTrend(
                slopePerAgent: estimate(0.0556, nil, nil, n: 2), growthExponent: nil, superlinear: false),
            resources: nil,
            criteria: [
                criterion(
                    "total_overhead", "Total overhead < 1%", agents: 1, estimate(0.42, nil, nil, n: 1), 1, "%",
                    .inconclusive,
                    .noInterval),
                criterion(
                    "total_overhead", "Total overhead < 1%", agents: 10, estimate(0.91, nil, nil, n: 1), 1, "%",
                    .inconclusive,
                    .noInterval),
                criterion("cpu", "CPU < 5%", agents: nil, nil, 5, "%", .notEvaluated, .notEvaluated(.noPerfLog)),
                criterion(
                    "memory_stable", "Memory stable", agents: nil, nil, 1, "MB/min", .notEvaluated,
                    .notEvaluated(.noPerfLog)),
                criterion(
                    "tmpfs_bounded", "tmpfs bounded", agents: nil, nil, 0.5, "MB/min", .notEvaluated,
                    .notEvaluated(.noPerfLog)),
            ],
            calibration: nil,
            failures: [],
            conservation: ConservationSummary(windows: 0, unbalanced: 0, sent: 0, received: 0, drained: 0, evicted: 0),
            warnings: [.summariesOnly])
    }
}
