import OverheadAnalysis
import TestSupport
import Testing

/// Simulated histories of 200 recordings (the recorder's 5 blocks × 100 iterations, realistic
/// noise), each recording's total overhead computed by the analysis from its digest, the change
/// points found by `HistoryAnalysis`. A smaller fixed-seed run than benchmarks/history/simulate.sh,
/// which runs 200 histories of each kind and writes the figures to RESULTS.md.
@Suite struct ChangePointSimulationTests {
    static func series(_ simulation: HistorySimulation) -> [HistoryEntry] {
        (0..<simulation.recordings).map { i in
            let r = simulation.recording(i)
            return HistoryEntry(
                id: Int64(i + 1), unixTime: Double(i), label: RecordingLabel(), verdicts: [],
                figures: RecordingFigures.overheads(RecordingDigest(recording: r)))
        }
    }

    static func changes(_ simulation: HistorySimulation) -> [HistoryChangePoint] {
        HistoryAnalysis.report(series(simulation)).series.first?.changePoints ?? []
    }

    /// A 3-point rise at recording 120 is found within ±3 recordings, with before/after intervals
    /// that hold the truth, in every one of 8 seeded histories.
    @Test func aShiftIsFoundWhereItIs() {
        for seed in UInt64(1)...8 {
            let sim = HistorySimulation(seed: seed)
            let changes = Self.changes(sim)
            let near = changes.first { abs($0.index - 120) <= 3 }
            #expect(near != nil, "seed \(seed): change points at \(changes.map(\.index))")
            guard let near else { continue }
            #expect((near.change.lower ?? .nan) < 3 && 3 < (near.change.upper ?? .nan), "seed \(seed)")
        }
    }

    /// Without a shift, no change point in any of 8 seeded histories.
    @Test func noShiftNoChangePoint() {
        for seed in UInt64(101)...108 {
            let changes = Self.changes(HistorySimulation(seed: seed, shiftAt: nil))
            #expect(changes.isEmpty, "seed \(seed): change points at \(changes.map(\.index))")
        }
    }
}
