import Foundation
import OverheadAnalysis
import OverheadSimulation
import OverheadStats

// Change-point simulation for benchmarks/history/simulate.sh [HISTORIES [BLOCKS [ITERATIONS]]]:
// HISTORIES simulated histories of 200 recordings (each BLOCKS × ITERATIONS) with a 3-point rise of the true total overhead at recording 120, and as many
// without; each recording's overhead is computed by the analysis from its digest and the change
// points by HistoryAnalysis at its defaults. Prints one `key value` line per figure.
let arguments = CommandLine.arguments.dropFirst()
let numbers = arguments.compactMap(Int.init)
let histories = numbers.count > 0 ? numbers[0] : 200
let blocks = numbers.count > 1 ? numbers[1] : 5
let iterations = numbers.count > 2 ? numbers[2] : 100
let window = 3

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
let start = Date()
for k in 0..<histories {
    let shifted = overheads(HistorySimulation(seed: UInt64(k + 1), blocks: blocks, iterations: iterations))
    let values = shifted.compactMap { $0.figures.first?.overhead?.value }
    if let sd = Descriptive.of(Array(values[..<120]))?.stddev { spreads.append(sd) }
    let changes = HistoryAnalysis.report(shifted).series.first?.changePoints ?? []
    if let near = changes.first(where: { abs($0.index - 120) <= window }) {
        found += 1
        if let lo = near.change.lower, let hi = near.change.upper, lo <= 3, 3 <= hi { coveredShift += 1 }
    }
    let steady = overheads(
        HistorySimulation(seed: UInt64(1_000_000 + k), shiftAt: nil, blocks: blocks, iterations: iterations))
    if !(HistoryAnalysis.report(steady).series.first?.changePoints ?? []).isEmpty { falseAlarms += 1 }
}
print("histories \(histories)")
print("blocks \(blocks)")
print("iterations \(iterations)")
print("found_within_3 \(found)")
print("shift_covered \(coveredShift)")
print("false_alarms \(falseAlarms)")
print("median_recording_sd \(Percentile.linear(sorted: spreads.sorted(), 0.5))")
print("seconds \(Date().timeIntervalSince(start))")
