import OverheadFormat
import OverheadStats

/// Runs many simulated recordings of one scenario through the paired overhead estimator and
/// the threshold test, and counts how often the interval covers the truth and which verdicts
/// come out. Shared by the calibration tests and the sweep in `benchmarks/stats/`.
public enum Calibration {
    /// Runs `scenario` once per method (all methods see the same recordings).
    public static func run(_ scenario: CalibrationScenario, methods: [PairedOverhead.Method]) -> [PairedOverhead.Method:
        CalibrationOutcome]
    {
        var outcomes: [PairedOverhead.Method: CalibrationOutcome] = [:]
        let (tests, baselineKey, treatmentKey, kind) = setup(scenario.component)
        for r in 0..<scenario.recordings {
            var truth = RecordingSimulator.Truth()
            switch scenario.component {
            case .metrics: truth.metricsPercent = scenario.truePercent
            case .control: break
            case .health: truth.healthPercent = scenario.truePercent
            case .rateLimiting: truth.rateLimitingPercent = scenario.truePercent
            }
            let config = RecordingSimulator.Configuration(
                seed: scenario.seed &+ UInt64(r) &* 0x9E37_79B9, agentCounts: [1], blocks: scenario.blocks,
                iterations: scenario.iterations, tests: tests, truth: truth, noise: scenario.noise)
            let recording = RecordingSimulator(config).recording()
            let statistic: (([Double]) -> Double)? = scenario.percentile.map { q in { Percentile.linear($0, q) } }
            let (b, t) = RecordingSimulator.pairedBlockMeans(
                recording, baseline: baselineKey, treatment: treatmentKey,
                statistic: statistic)
            let trueValue = scenario.component == .control ? 0 : scenario.truePercent
            for method in methods {
                var o = outcomes[method, default: CalibrationOutcome()]
                o.runs += 1
                guard
                    let interval = PairedOverhead.interval(
                        baseline: b, treatment: t, kind: kind,
                        confidence: scenario.confidence, method: method)
                else {
                    o.missing += 1
                    o.inconclusive += 1
                    outcomes[method] = o
                    continue
                }
                if interval.contains(trueValue) { o.covered += 1 }
                o.estimateSum += interval.estimate
                o.widthSum += interval.upper - interval.lower
                switch ThresholdTest.decide(interval, limit: scenario.limit, alpha: 1 - scenario.confidence).verdict {
                case .pass: o.pass += 1
                case .fail: o.fail += 1
                case .inconclusive: o.inconclusive += 1
                }
                outcomes[method] = o
            }
        }
        return outcomes
    }

    public static func setup(_ c: CalibrationScenario.Component)
        -> (tests: [TestName], baseline: SeriesKey, treatment: SeriesKey, kind: PairedOverhead.Kind)
    {
        let send = SeriesKey(
            testName: TestName.baseline.rawValue, operation: OperationName.messageSend.rawValue, agentCount: 1)
        switch c {
        case .metrics:
            return (
                [.baseline, .metricsIntegration], send,
                SeriesKey(
                    testName: TestName.metricsIntegration.rawValue,
                    operation: OperationName.messageSendWithMetrics.rawValue, agentCount: 1),
                .relative
            )
        case .control:
            return (
                [.baseline, .baselineControl], send,
                SeriesKey(
                    testName: TestName.baselineControl.rawValue, operation: OperationName.messageSend.rawValue,
                    agentCount: 1),
                .relative
            )
        case .health:
            return (
                [.baseline, .healthIntegration], send,
                SeriesKey(
                    testName: TestName.healthIntegration.rawValue, operation: OperationName.healthReport.rawValue,
                    agentCount: 1),
                .scaled(0.1)
            )
        case .rateLimiting:
            return (
                [.baseline, .rateLimitingIntegration], send,
                SeriesKey(
                    testName: TestName.rateLimitingIntegration.rawValue,
                    operation: OperationName.capacityCheck.rawValue, agentCount: 1),
                .additive
            )
        }
    }
}
