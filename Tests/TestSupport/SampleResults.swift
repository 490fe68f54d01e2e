import OverheadAnalysis
import OverheadFormat

/// Hand-built analysis results for renderer tests: the renderers must not depend on the analysis
/// being right, only on the shape of `AnalysisResult`. Figures are invented but self-consistent
/// (e.g. a series' histogram counts add up to its `count`).
public enum SampleResults {
    /// Three scales (1, 10, 100 agents) with intervals everywhere and every verdict kind:
    /// PASS, FAIL, INCONCLUSIVE (with MDE and runs needed) and NOT EVALUATED.
    public static var full: AnalysisResult {
        let scales = [1, 10, 100]
        return AnalysisResult(
            manifest: manifest(hostname: "bench-01", cpuModel: "Example CPU @ 2.40GHz", libraryPath: nil),
            inputs: InputSummary(
                files: ["results.jsonl"], perfLogs: ["perf.log"], source: .rawSamples,
                recordsRead: 31_245, linesSkipped: 2,
                diagnostics: ["results.jsonl:17: truncated JSON", "results.jsonl:912: negative elapsed_ms"],
                partialReason: nil),
            series: scales.flatMap { series(agents: $0, withHistogram: true) },
            scales: scales.map { scale(agents: $0, withIntervals: true) },
            noiseFloor: [
                NoiseFloor(agentCount: 1, difference: estimate(0.04, -0.21, 0.29, n: 5), tooNoisy: false),
                NoiseFloor(agentCount: 10, difference: estimate(-0.11, -0.42, 0.20, n: 5), tooNoisy: false),
                NoiseFloor(agentCount: 100, difference: estimate(0.61, 0.12, 1.10, n: 5), tooNoisy: true),
            ],
            scaling: ScalingTrend(
                slopePerAgent: estimate(0.0123, 0.0051, 0.0195, n: 3),
                growthExponent: estimate(1.08, 0.91, 1.25, n: 3), superlinear: false),
            resources: resources(scales: scales),
            criteria: [
                criterion(
                    "total_overhead", "Total overhead < 1%", agents: 1, estimate(0.42, 0.18, 0.66, n: 5), 1, "%", .pass,
                    .upperBoundBelowLimit),
                criterion(
                    "total_overhead", "Total overhead < 1%", agents: 10, estimate(0.91, 0.55, 1.27, n: 5), 1, "%",
                    .inconclusive,
                    .intervalContainsLimit, mde: 0.36, runs: 12),
                criterion(
                    "total_overhead", "Total overhead < 1%", agents: 100, estimate(2.07, 1.52, 2.62, n: 5), 1, "%",
                    .fail,
                    .lowerBoundAboveLimit),
                criterion(
                    "p95_stable", "P95 overhead < 5%", agents: 100, estimate(3.03, 1.10, 4.96, n: 5), 5, "%", .pass,
                    .upperBoundBelowLimit),
                criterion(
                    "p99_stable", "P99 overhead < 5%", agents: 100, estimate(4.10, 0.80, 7.40, n: 5), 5, "%",
                    .inconclusive,
                    .intervalContainsLimit, mde: 3.3, runs: 20),
                criterion(
                    "cpu", "CPU < 5%", agents: 100, estimate(3.2, 2.9, 3.5, n: 120), 5, "%", .pass,
                    .upperBoundBelowLimit),
                criterion(
                    "memory_stable", "Memory stable", agents: nil, estimate(0.8, 0.2, 1.4, n: 360), 1, "MB/min", .pass,
                    .upperBoundBelowLimit),
                criterion(
                    "tmpfs_bounded", "tmpfs bounded", agents: nil, nil, 0.5, "MB/min", .notEvaluated,
                    .notEvaluated(.emptyPerfLog)),
            ],
            calibration: Calibration(
                timestamp: "2026-11-26T17:30:01.000Z", noopMedianMs: 0.0123, noopP95Ms: 0.0201, count: 200),
            failures: [
                FailureCount(
                    testName: "rate_limiting_integration", operation: "send_with_backpressure", agentCount: 100,
                    count: 3,
                    lastReason: "inbox full after 3 retries", lastStderrTail: "backpressure: retry limit reached")
            ],
            conservation: ConservationSummary(
                windows: 105, unbalanced: 1, sent: 52_500, received: 52_380, drained: 100, evicted: 19),
            warnings: [
                .tooNoisy(agentCount: 100, difference: estimate(0.31, 0.05, 0.57, n: 5)),
                .malformedLinesSkipped(count: 2),
            ])
    }

    // MARK: - Building blocks

    public static func manifest(hostname: String, cpuModel: String, libraryPath: String?) -> Manifest {
        Manifest(
            host: HostInfo(
                hostname: hostname, kernel: "6.1.0-18-amd64", cpuModel: cpuModel, cpuCount: 2, memoryMB: 7_937,
                tmpfsMB: 3_968),
            config: RunConfiguration(
                iterations: 100, scaleLevels: [1, 10, 100], statisticalRuns: 5, warmupRuns: 1, concurrency: 1,
                sampleIntervalSeconds: 1, timeoutSeconds: nil, latencyRegressionThresholdMs: nil, seed: 42,
                targetOverheadPercent: 1, confidence: 0.95, untilDecided: false),
            target: libraryPath.map {
                TargetInfo(
                    kind: "shell", libraryDirectory: $0,
                    libraryFiles: [
                        LibraryFile(
                            name: "message-bus", path: $0 + "/message-bus.sh",
                            sha256: String(repeating: "ab", count: 32))
                    ])
            } ?? TargetInfo(kind: "native"),
            startTime: "2026-11-26T17:30:00.123Z")
    }

    public static func estimate(_ value: Double, _ lower: Double?, _ upper: Double?, n: Int) -> Estimate {
        Estimate(value: value, lower: lower, upper: upper, confidence: 0.95, n: n)
    }

    static func criterion(
        _ id: String, _ title: String, agents: Int?, _ measured: Estimate?, _ limit: Double, _ unit: String,
        _ verdict: Verdict, _ basis: CriterionBasis, mde: Double? = nil, runs: Int? = nil
    ) -> CriterionResult {
        CriterionResult(
            id: id, title: title, agentCount: agents, measured: measured, limit: limit, unit: unit, verdict: verdict,
            basis: basis, minimumDetectableEffect: mde, additionalRunsNeeded: runs)
    }

    /// Baseline send mean per scale; everything else is derived from it.
    static func baselineMs(_ agents: Int) -> Double {
        switch agents {
        case 1: return 0.120
        case 10: return 0.135
        default: return 0.145
        }
    }

    /// The suite's (test, operation, mean ms) at one scale, in the analysis's sort order (test, operation).
    static func seriesShapes(agents: Int) -> [(String, String, Double)] {
        let b = baselineMs(agents)
        return [
            ("baseline", "message_receive", b * 0.8),
            ("baseline", "message_send", b),
            ("baseline_control", "message_receive", b * 0.8),
            ("baseline_control", "message_send", b * 1.0004),
            ("full_integration", "complete_operation", b * (1 + totalPercent(agents) / 100)),
            ("full_integration", "shutdown", 2.5 * Double(agents)),
            ("health_integration", "health_check", b * 0.6),
            ("health_integration", "health_report", b * 0.3),
            ("metrics_integration", "message_send_with_metrics", b * (1 + componentPercent(.metrics, agents) / 100)),
            ("rate_limiting_integration", "capacity_check", b * 0.02),
            ("rate_limiting_integration", "send_with_backpressure", b * 1.03),
            ("shutdown_integration", "coordinated_shutdown", 2.4 * Double(agents)),
        ]
    }

    static func series(agents: Int, withHistogram: Bool) -> [SeriesStatistics] {
        seriesShapes(agents: agents).map { test, operation, mean in
            let count = 500
            let sd = mean * 0.12
            let histogram: [HistogramBin]
            if withHistogram {
                // A right-skewed shape over [0.7·mean, 1.6·mean) in 12 bins; counts sum to `count`.
                let weights = [2, 9, 31, 78, 110, 96, 70, 44, 27, 17, 10, 6]
                let width = mean * 0.9 / Double(weights.count)
                histogram = weights.enumerated().map { i, w in
                    HistogramBin(
                        lowerMs: mean * 0.7 + Double(i) * width, upperMs: mean * 0.7 + Double(i + 1) * width, count: w)
                }
            } else {
                histogram = []
            }
            return SeriesStatistics(
                testName: test, operation: operation, agentCount: agents, count: withHistogram ? count : 0,
                mean: mean, stddev: sd, min: mean * 0.7, max: mean * 1.6, p50: mean * 0.97,
                p95: mean * 1.21, p99: mean * 1.38, histogram: histogram)
        }
    }

    static func componentPercent(_ component: Component, _ agents: Int) -> Double {
        let table: [Component: [Double]] = [
            .metrics: [0.20, 0.45, 1.40],
            .health: [0.10, 0.25, 0.40],
            .rateLimiting: [0.08, 0.15, 0.30],
            .residual: [0.04, 0.06, -0.03],
        ]
        let index = agents == 1 ? 0 : agents == 10 ? 1 : 2
        return table[component]![index]
    }

    static func totalPercent(_ agents: Int) -> Double {
        [Component.metrics, .health, .rateLimiting, .residual].map { componentPercent($0, agents) }.reduce(0, +)
    }

    static func scale(agents: Int, withIntervals: Bool) -> ScaleOverhead {
        let total = totalPercent(agents)
        let halfWidth = agents == 100 ? 0.55 : agents == 10 ? 0.36 : 0.24
        func est(_ v: Double, _ h: Double) -> Estimate {
            withIntervals ? estimate(v, v - h, v + h, n: 5) : estimate(v, nil, nil, n: 1)
        }
        let limits: [Component: Double] = [.metrics: 0.5, .health: 0.3, .rateLimiting: 0.2]
        let advice: [Component: [String]] = [
            .metrics: [
                "Check flock contention on metrics.lock", "Consider batching emit_metric() calls",
                "Verify tmpfs write performance",
            ],
            .health: [
                "Reduce liveness probe frequency (default: 5s)", "Check jq JSON construction overhead",
                "Verify flock timeout on health.lock",
            ],
            .rateLimiting: [
                "Optimize check_inbox_capacity() (currently uses `find`)", "Consider caching inbox counts",
                "Review backpressure retry logic",
            ],
        ]
        let components = Component.allCases.filter { $0 != .synthetic }.map { c -> ComponentOverhead in
            let v = componentPercent(c, agents)
            let over = limits[c].map { v > $0 } ?? false
            return ComponentOverhead(
                component: c, overhead: est(v, halfWidth * 0.6), limitPercent: limits[c],
                sharePercent: v / total * 100, advice: over ? advice[c]! : [])
        }.sorted { $0.overhead.value > $1.overhead.value }
        let b = baselineMs(agents)
        return ScaleOverhead(
            agentCount: agents, baselineMeanMs: b, baselineP95Ms: b * 1.14,
            metricsMeanMs: b * (1 + componentPercent(.metrics, agents) / 100),
            fullMeanMs: b * (1 + total / 100), fullP95Ms: b * 1.14 * (1 + (total + 1) / 100),
            components: components, total: est(total, halfWidth),
            p95Overhead: est(total + 1, halfWidth * 3), p99Overhead: est(total + 2, halfWidth * 5),
            shutdownPerAgentMs: withIntervals ? estimate(2.4, 2.1, 2.7, n: 5) : estimate(2.4, nil, nil, n: 1))
    }

    static func resources(scales: [Int]) -> ResourceReport {
        // 90 one-second samples: three 30 s phases (one per scale) with a slow memory climb.
        let start = 1_795_800_000.0
        let timeline = (0..<90).map { i -> PerfSample in
            let phase = Double(i / 30)
            let wobble = Double((i * 7) % 5) * 0.3
            return PerfSample(
                unixTime: start + Double(i), cpuPercent: 1.5 + phase * 0.9 + wobble,
                memoryMB: 140 + Double(i) * 0.4 + phase * 3, tmpfsMB: 8 + phase * 4 + Double(i % 30) * 0.1)
        }
        func stats(_ s: ArraySlice<PerfSample>) -> ResourceStats {
            let n = Double(s.count)
            return ResourceStats(
                samples: s.count,
                cpuAvg: s.map(\.cpuPercent).reduce(0, +) / n, cpuMax: s.map(\.cpuPercent).max()!,
                memoryAvgMB: s.map(\.memoryMB).reduce(0, +) / n, memoryMaxMB: s.map(\.memoryMB).max()!,
                tmpfsAvgMB: s.map(\.tmpfsMB).reduce(0, +) / n, tmpfsMaxMB: s.map(\.tmpfsMB).max()!)
        }
        let perScale = scales.enumerated().map { i, agents in
            var w = ResourceWindow(testName: nil, agentCount: agents, stats: stats(timeline[(i * 30)..<(i * 30 + 30)]))
            w.startUnixTime = start + Double(i * 30)
            w.endUnixTime = start + Double(i * 30 + 29)
            return w
        }
        let perWindow = scales.enumerated().flatMap { i, agents in
            [("baseline", 0), ("full_integration", 15)].map { test, offset in
                var w = ResourceWindow(
                    testName: test, agentCount: agents,
                    stats: stats(timeline[(i * 30 + offset)..<(i * 30 + offset + 15)]))
                w.startUnixTime = start + Double(i * 30 + offset)
                w.endUnixTime = start + Double(i * 30 + offset + 14)
                return w
            }
        }
        return ResourceReport(
            overall: stats(timeline[...]), perScale: perScale, perWindow: perWindow,
            memorySlopeMBPerMin: estimate(0.8, 0.2, 1.4, n: 90), tmpfsSlopeMBPerMin: nil, timeline: timeline)
    }
}
