import OverheadStats

/// Whether "about N more blocks" holds: of the recordings left undecided, how many a run extended
/// by the suggested number of blocks decides, and whether rightly.
public struct BlocksNeededOutcome: Sendable {
    /// Recordings left inconclusive with a suggestion of at most 2000 more blocks.
    public var undecided = 0
    /// Of those, decided once extended by the suggested blocks.
    public var decidedAfter = 0
    /// Of those decided, with the verdict the truth calls for.
    public var right = 0
    /// The suggested additional blocks, one per undecided recording.
    public var added: [Double] = []

    public var decidedShare: Double { Double(decidedAfter) / Double(max(undecided, 1)) }
    public var rightShare: Double { Double(right) / Double(max(decidedAfter, 1)) }
    public var medianAdded: Double { added.isEmpty ? .nan : Percentile.linear(added, 0.5) }
}

extension Calibration {
    /// For each of `recordings` simulated runs of `blocks` blocks (metrics criterion, limit 1%,
    /// 95%) that end inconclusive, extends the same run by the suggested number of blocks (the
    /// first blocks are identical: same seed) and decides again.
    public static func blocksNeeded(
        noise: RecordingSimulator.Noise, blocks: Int, truePercent: Double, recordings: Int, seed: UInt64 = 0x7000
    ) -> BlocksNeededOutcome {
        let limit = 1.0
        var outcome = BlocksNeededOutcome()
        let (tests, baselineKey, treatmentKey, kind) = setup(.metrics)
        var truth = RecordingSimulator.Truth()
        truth.metricsPercent = truePercent
        for r in 0..<recordings {
            let recordingSeed = seed &+ UInt64(r) &* 104_729
            func decide(_ n: Int) -> ThresholdTest? {
                let recording = RecordingSimulator(
                    .init(seed: recordingSeed, blocks: n, tests: tests, truth: truth, noise: noise)
                ).recording()
                let (b, t) = RecordingSimulator.pairedBlockMeans(
                    recording, baseline: baselineKey, treatment: treatmentKey)
                return PairedOverhead.interval(baseline: b, treatment: t, kind: kind, confidence: 0.95)
                    .map { ThresholdTest.decide($0, limit: limit, alpha: 0.05) }
            }
            guard let first = decide(blocks), first.verdict == .inconclusive,
                let more = first.additionalBlocksNeeded, more <= 2000
            else { continue }
            outcome.undecided += 1
            outcome.added.append(Double(more))
            if let second = decide(blocks + more), second.verdict != .inconclusive {
                outcome.decidedAfter += 1
                if (second.verdict == .fail) == (truePercent > limit) { outcome.right += 1 }
            }
        }
        return outcome
    }
}
