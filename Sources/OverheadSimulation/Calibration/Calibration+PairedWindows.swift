import OverheadFormat
import OverheadStats

extension Calibration {
    /// Runs `scenario` through the paired-window estimator the analyzer uses for the paired
    /// components (`PairedWindowEstimate` per window, then the t-interval over the windows):
    /// the metrics window's `message_send_with_metrics` or the A/A control's `message_send`
    /// against the `paired_send` beside it. Only `.metrics` and `.control` are paired.
    public static func runPairedWindows(_ scenario: CalibrationScenario) -> CalibrationOutcome {
        precondition(scenario.component == .metrics || scenario.component == .control, "not a paired component")
        let test: TestName = scenario.component == .metrics ? .metricsIntegration : .baselineControl
        let operation = test.pairedOperation!
        var outcome = CalibrationOutcome()
        for r in 0..<scenario.recordings {
            var truth = RecordingSimulator.Truth()
            if scenario.component == .metrics { truth.metricsPercent = scenario.truePercent }
            let config = RecordingSimulator.Configuration(
                seed: scenario.seed &+ UInt64(r) &* 0x9E37_79B9, agentCounts: [1], blocks: scenario.blocks,
                iterations: scenario.iterations, tests: [.baseline, test], truth: truth, noise: scenario.noise)
            let recording = RecordingSimulator(config).recording()
            let key = { (op: OperationName) in
                SeriesKey(testName: test.rawValue, operation: op.rawValue, agentCount: 1)
            }
            let percents = windowPercents(
                treatment: recording.series[key(operation)] ?? SeriesSamples(),
                reference: recording.series[key(.pairedSend)] ?? SeriesSamples())
            outcome.runs += 1
            guard let interval = MeanInterval.of(percents, confidence: scenario.confidence) else {
                outcome.missing += 1
                outcome.inconclusive += 1
                continue
            }
            let trueValue = scenario.component == .control ? 0 : scenario.truePercent
            if interval.contains(trueValue) { outcome.covered += 1 }
            outcome.estimateSum += interval.estimate
            outcome.widthSum += interval.upper - interval.lower
            switch ThresholdTest.decide(interval, limit: scenario.limit, alpha: 1 - scenario.confidence).verdict {
            case .pass: outcome.pass += 1
            case .fail: outcome.fail += 1
            case .inconclusive: outcome.inconclusive += 1
            }
        }
        return outcome
    }

    /// Each run's window overhead in percent, pairs matched by run and iteration.
    static func windowPercents(treatment: SeriesSamples, reference: SeriesSamples) -> [Double] {
        var references: [Int64: Double] = [:]
        for i in 0..<reference.count {
            references[Int64(reference.run[i]) << 32 | Int64(reference.iteration[i])] = reference.elapsedMs[i]
        }
        var byRun: [Int32: (t: [Double], p: [Double], periodic: [Bool])] = [:]
        for i in 0..<treatment.count {
            guard let p = references[Int64(treatment.run[i]) << 32 | Int64(treatment.iteration[i])] else { continue }
            byRun[treatment.run[i], default: ([], [], [])].t.append(treatment.elapsedMs[i])
            byRun[treatment.run[i], default: ([], [], [])].p.append(p)
            byRun[treatment.run[i], default: ([], [], [])].periodic.append(
                PairedWindowEstimate.isPeriodic(
                    iteration: Int(treatment.iteration[i]), every: SuiteDesign.healthReportEvery))
        }
        return byRun.keys.sorted().compactMap { run in
            let w = byRun[run]!
            return PairedWindowEstimate.window(treatment: w.t, reference: w.p, periodic: w.periodic)?.percent
        }
    }
}
