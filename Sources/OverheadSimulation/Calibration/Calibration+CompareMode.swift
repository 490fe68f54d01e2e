import OverheadFormat
import OverheadStats

/// Compare mode on pairs of independent recordings: coverage of the interval of the percent
/// change in the baseline send latency, and its verdicts.
public struct CompareModeOutcome: Sendable {
    public var pairs = 0
    public var covered = 0
    /// Shown slower (FAIL against "no change").
    public var regressed = 0
    /// Shown faster (PASS against "no change").
    public var improved = 0
    /// Shown more than 2% slower.
    public var overTwoPercent = 0

    public var coverage: Double { Double(covered) / Double(max(pairs, 1)) }
    public var regressedRate: Double { Double(regressed) / Double(max(pairs, 1)) }
    public var improvedRate: Double { Double(improved) / Double(max(pairs, 1)) }
    public var noChangeRate: Double { Double(pairs - regressed - improved) / Double(max(pairs, 1)) }
    public var overTwoPercentRate: Double { Double(overTwoPercent) / Double(max(pairs, 1)) }
}

extension Calibration {
    /// `pairs` pairs of recordings (old, new) of the baseline test alone, `blocks` blocks each,
    /// whose new baseline send is `changePercent` slower; Welch interval of per-block log means
    /// (`serial`: with the AR(1) adjustment). Old recording r has seed `seed + 2r`, new `seed + 2r + 1`.
    public static func compareMode(
        noise: RecordingSimulator.Noise, blocks: Int, changePercent: Double, serial: Bool, pairs: Int,
        seed: UInt64 = 0x5000
    ) -> CompareModeOutcome {
        let key = SeriesKey(
            testName: TestName.baseline.rawValue, operation: OperationName.messageSend.rawValue, agentCount: 1)
        func means(_ seed: UInt64, _ factor: Double) -> [Double] {
            var truth = RecordingSimulator.Truth()
            truth.baselineSendMs *= factor
            let recording = RecordingSimulator(
                .init(seed: seed, blocks: blocks, tests: [.baseline], truth: truth, noise: noise)
            ).recording()
            return RecordingSimulator.blockMeans(recording, key).means
        }
        var outcome = CompareModeOutcome()
        outcome.pairs = pairs
        for r in 0..<pairs {
            let old = means(seed &+ UInt64(r) &* 2, 1)
            let new = means(seed &+ 1 &+ UInt64(r) &* 2, 1 + changePercent / 100)
            guard
                let interval = serial
                    ? MeanInterval.welchPercentChangeSerial(old, new, confidence: 0.95)
                    : MeanInterval.welchPercentChange(old, new, confidence: 0.95)
            else { continue }
            if interval.contains(changePercent) { outcome.covered += 1 }
            switch ThresholdTest.decide(interval, limit: 0, alpha: 0.05).verdict {
            case .fail: outcome.regressed += 1
            case .pass: outcome.improved += 1
            case .inconclusive: break
            }
            if ThresholdTest.decide(interval, limit: 2, alpha: 0.05).verdict == .fail { outcome.overTwoPercent += 1 }
        }
        return outcome
    }
}
