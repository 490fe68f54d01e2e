import OverheadAnalysis
import OverheadRecorder
import TestSupport
import Testing

/// Simulated histories of 200 recordings shaped as the recorder's defaults shape them (its runs and
/// warm-up run, the window iterations its pilot sizes, the full-integration window paired;
/// realistic noise), each recording's total overhead computed by the analysis from its digest (the
/// paired windows' estimate), the change points found by `HistoryAnalysis`. A smaller fixed-seed run than benchmarks/history/simulate.sh, which runs 200
/// histories of each kind and writes the figures to SIMULATION.md.
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

    static func simulation(seed: UInt64, shiftAt: Int?) -> HistorySimulation {
        HistorySimulation(
            seed: seed, shiftAt: shiftAt, blocks: RecorderDefaults.statisticalRuns,
            iterations: RecorderDefaults.windowIterations(
                secondsPerOperation: HistorySimulation.pilotSecondsPerOperation),
            warmupBlocks: RecorderDefaults.warmupRuns)
    }

    /// A 3-point rise at recording 120 is found within ±3 recordings, with a change interval that
    /// holds the truth, in each of 3 seeded histories. (The seeds moved on when the simulated full
    /// window gained its paired sends, which changed every draw; the rates over many histories are
    /// benchmarks/history/simulate.sh's.)
    @Test func aShiftIsFoundWhereItIs() {
        for seed in UInt64(4)...6 {
            let sim = Self.simulation(seed: seed, shiftAt: 120)
            let changes = Self.changes(sim)
            let near = changes.first { abs($0.index - 120) <= 3 }
            #expect(near != nil, "seed \(seed): change points at \(changes.map(\.index))")
            guard let near else { continue }
            #expect((near.change.lower ?? .nan) < 3 && 3 < (near.change.upper ?? .nan), "seed \(seed)")
        }
    }

    /// Without a shift, no change point in any of 3 seeded histories.
    @Test func noShiftNoChangePoint() {
        for seed in UInt64(104)...106 {
            let changes = Self.changes(Self.simulation(seed: seed, shiftAt: nil))
            #expect(changes.isEmpty, "seed \(seed): change points at \(changes.map(\.index))")
        }
    }
}
