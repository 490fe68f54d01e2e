import Foundation
import OverheadAnalysis
import OverheadRecorder
import OverheadSimulation
import OverheadStats

// Change-point simulation for benchmarks/history/simulate.sh [HISTORIES [BLOCKS]]: HISTORIES
// simulated histories of 200 recordings with a 3-point rise of the true total overhead at
// recording 120, and as many without. Each recording is shaped as the recorder's defaults shape it
// (`RecorderDefaults`: its statistical runs, unless BLOCKS is given, its warm-up run, and the
// window iterations its pilot sizes for the simulated bus; the full-integration window paired);
// its overhead is computed by the analysis from its digest (the paired windows' estimate) and the
// change points by HistoryAnalysis at its defaults. Prints one `key value` line per figure.
let numbers = CommandLine.arguments.dropFirst().compactMap(Int.init)
let histories = numbers.count > 0 ? numbers[0] : 200
let blocks = numbers.count > 1 ? numbers[1] : RecorderDefaults.statisticalRuns
let iterations = RecorderDefaults.windowIterations(secondsPerOperation: HistorySimulation.pilotSecondsPerOperation)
let window = 3
let shiftAt = 120

func simulation(seed: UInt64, shiftAt: Int?) -> HistorySimulation {
    HistorySimulation(
        seed: seed, shiftAt: shiftAt, blocks: blocks, iterations: iterations, warmupBlocks: RecorderDefaults.warmupRuns)
}

func overheads(_ simulation: HistorySimulation) -> [HistoryEntry] {
    (0..<simulation.recordings).map { i in
        HistoryEntry(
            id: Int64(i + 1), unixTime: Double(i), label: RecordingLabel(), verdicts: [],
            figures: RecordingFigures.overheads(RecordingDigest(recording: simulation.recording(i))))
    }
}

var found = 0
var falseAlarms = 0
var coveredShift = 0
var spreads: [Double] = []
var offsets: [Int] = []
let start = Date()
for k in 0..<histories {
    let shifted = overheads(simulation(seed: UInt64(k + 1), shiftAt: shiftAt))
    let values = shifted.compactMap { $0.figures.first?.overhead?.value }
    if let sd = Descriptive.of(Array(values[..<shiftAt]))?.stddev { spreads.append(sd) }
    let changes = HistoryAnalysis.report(shifted).series.first?.changePoints ?? []
    if let near = changes.first(where: { abs($0.index - shiftAt) <= window }) {
        found += 1
        offsets.append(near.index - shiftAt)
        if let lo = near.change.lower, let hi = near.change.upper, lo <= 3, 3 <= hi { coveredShift += 1 }
    }
    let steady = overheads(simulation(seed: UInt64(1_000_000 + k), shiftAt: nil))
    if !(HistoryAnalysis.report(steady).series.first?.changePoints ?? []).isEmpty { falseAlarms += 1 }
}
print("histories \(histories)")
print("blocks \(blocks)")
print("warmup_blocks \(RecorderDefaults.warmupRuns)")
print("iterations \(iterations)")
print("found_within_3 \(found)")
print("found_exact \(offsets.filter { $0 == 0 }.count)")
print("shift_covered \(coveredShift)")
print("false_alarms \(falseAlarms)")
print("median_recording_sd \(Percentile.linear(sorted: spreads.sorted(), 0.5))")
print("seconds \(Date().timeIntervalSince(start))")
