import Foundation
import OverheadAnalysis
import OverheadHistory
import OverheadRecorder
import OverheadSimulation

// Fills a history for benchmarks/history/run.sh: `history-fill DB N` adds N simulated recordings of
// the recorder's default shape (its scales, every test, its statistical and warm-up runs, the window
// iterations its pilot sizes for the simulated bus; the paired windows paired), one day apart,
// through the same call as `history add`. The true total overhead rises by 3 points from
// the recording at 60% of the history on, so the report has change points to find and test.
// Prints the seconds it took.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2, let count = Int(arguments[1]), count > 0 else {
    FileHandle.standardError.write(Data("usage: history-fill DB N\n".utf8))
    exit(2)
}
let iterations = RecorderDefaults.windowIterations(secondsPerOperation: HistorySimulation.pilotSecondsPerOperation)
let start = Date()
do {
    let store = try HistoryStore(path: arguments[0], create: true)
    for i in 0..<count {
        var truth = RecordingSimulator.Truth()
        if i >= count * 6 / 10 { truth.totalPercent += 3 }
        let configuration = RecordingSimulator.Configuration(
            seed: UInt64(i + 1), agentCounts: RecorderDefaults.scaleLevels, blocks: RecorderDefaults.statisticalRuns,
            warmupBlocks: RecorderDefaults.warmupRuns, iterations: iterations, truth: truth,
            startUnixTime: 1_795_000_000 + Double(i) * 86_400)
        let recording = RecordingSimulator(configuration).recording()
        _ = try store.add(
            recording: recording, contentHash: "simulated-\(i + 1)",
            label: RecordingLabel(commit: String(format: "%040x", i + 1), branch: "main", build: String(i + 1)),
            now: Date().timeIntervalSince1970)
    }
} catch {
    FileHandle.standardError.write(Data("history-fill: \(error)\n".utf8))
    exit(1)
}
print(Date().timeIntervalSince(start))
