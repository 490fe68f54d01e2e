import OverheadStats

/// How often a decision against a limit comes out, and the minimum detectable effect.
public struct PowerOutcome: Sendable {
    public var recordings = 0
    public var fail = 0
    public var pass = 0
    /// The minimum detectable effect of each recording that gave an interval, percentage points.
    public var minimumDetectableEffects: [Double] = []

    public var failRate: Double { Double(fail) / Double(max(recordings, 1)) }
    public var passRate: Double { Double(pass) / Double(max(recordings, 1)) }
    public var inconclusiveRate: Double { Double(recordings - fail - pass) / Double(max(recordings, 1)) }
    public var medianMinimumDetectableEffect: Double {
        minimumDetectableEffects.isEmpty ? .nan : Percentile.linear(minimumDetectableEffects, 0.5)
    }
}

extension Calibration {
    /// Power of the metrics criterion (log-ratio method, 95%) against `limit`: `recordings`
    /// simulated recordings of `blocks` blocks with a true overhead of `truePercent`.
    public static func power(
        noise: RecordingSimulator.Noise, blocks: Int, truePercent: Double, limit: Double = 1, recordings: Int,
        seed: UInt64 = 0x9000
    ) -> PowerOutcome {
        var outcome = PowerOutcome()
        outcome.recordings = recordings
        let (tests, baselineKey, treatmentKey, kind) = setup(.metrics)
        for r in 0..<recordings {
            var truth = RecordingSimulator.Truth()
            truth.metricsPercent = truePercent
            let recording = RecordingSimulator(
                .init(
                    seed: seed &+ UInt64(r) &* 7919 &+ UInt64(blocks), blocks: blocks, tests: tests, truth: truth,
                    noise: noise)
            ).recording()
            let (b, t) = RecordingSimulator.pairedBlockMeans(recording, baseline: baselineKey, treatment: treatmentKey)
            guard let interval = PairedOverhead.interval(baseline: b, treatment: t, kind: kind, confidence: 0.95)
            else { continue }
            let decision = ThresholdTest.decide(interval, limit: limit, alpha: 0.05)
            if decision.verdict == .fail { outcome.fail += 1 }
            if decision.verdict == .pass { outcome.pass += 1 }
            outcome.minimumDetectableEffects.append(decision.minimumDetectableEffect)
        }
        return outcome
    }
}
