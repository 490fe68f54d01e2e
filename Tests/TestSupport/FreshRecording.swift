import Foundation
import OverheadFormat
import OverheadRecorder

/// A recording made now by the recorder (embedded bus, `--quick` at 1 and 2 agents, 3 runs of 20
/// iterations): the current recorder's shape, paired windows included, in a few hundred
/// milliseconds. For tests that must hold for what the recorder writes today, not only for the
/// committed samples.
public struct FreshRecording {
    public let results: String
    public let perfLog: String

    /// Records into `directory` with `seed`; throws when the recorder fails.
    public init(in directory: URL, name: String = "fresh", seed: UInt64 = 1) throws {
        results = directory.appendingPathComponent("\(name).jsonl").path
        perfLog = directory.appendingPathComponent("\(name).perf.log").path
        var errors = ""
        let code = RecorderCommand.main(
            [
                "--quick", "--scales", "1,2", "--runs", "3", "--seed", String(seed), "--results", results,
                "--perf-log", perfLog, "--bus-dir", directory.path, "--quiet",
            ], environment: [:], output: { _ in }, errors: { errors += $0 })
        guard code == 0 else { throw RecorderFailure(code: code, stderr: errors) }
    }

    /// The recording as the analyzer reads it.
    public func read() throws -> Recording {
        try RecordingReader.read(resultsFiles: [results], perfLogs: [perfLog], options: ReadOptions())
    }

    public struct RecorderFailure: Error, CustomStringConvertible {
        public var code: Int32
        public var stderr: String
        public var description: String { "overhead-record exited \(code): \(stderr)" }
    }
}
