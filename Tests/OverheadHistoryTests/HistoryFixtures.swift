import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadHistory
import TestSupport

/// Temporary history files and the sample recordings.
enum HistoryFixtures {
    static let samples = TestSupport.packageRoot.appendingPathComponent("samples")

    /// The sample recordings as (results file, perf log if any).
    static let sampleRecordings: [(String, String?)] = [
        ("default/results.jsonl", "default/perf.log"), ("quick/results.jsonl", "quick/perf.log"),
        ("shell-lib-recording/results.jsonl", "shell-lib-recording/perf.log"),
        ("original-layout/phase1-overhead-results.jsonl", "original-layout/phase1-overhead-perf.log"),
    ].map { (pair: (String, String)) -> (String, String?) in
        (samples.appendingPathComponent(pair.0).path, samples.appendingPathComponent(pair.1).path)
    }

    static func read(_ results: String, perfLog: String?) throws -> Recording {
        try RecordingReader.read(
            resultsFiles: [results], perfLogs: perfLog.map { [$0] } ?? [], options: ReadOptions())
    }

    /// Adds a recording as `history add` does.
    @discardableResult
    static func add(
        _ recording: Recording, to store: HistoryStore, hash: String, label: RecordingLabel = RecordingLabel()
    )
        throws -> AddOutcome
    {
        try store.add(recording: recording, contentHash: hash, label: label, now: 1)
    }
}
