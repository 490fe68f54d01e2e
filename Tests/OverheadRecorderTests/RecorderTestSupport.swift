import Foundation
import OverheadFormat
import TestSupport

@testable import OverheadRecorder

/// A recorder run into a fresh temporary directory, with its parsed output.
struct RecordedRun {
    let directory: URL
    let exitCode: Int32
    let lines: [String]
    let records: [[String: Any]]
    let perfLines: [String]
    let stderr: String

    var resultsPath: String { directory.appendingPathComponent("results.jsonl").path }

    func records(ofType type: String) -> [[String: Any]] { records.filter { $0["type"] as? String == type } }
}

enum RecorderHarness {
    static func configuration(in dir: URL, _ adjust: (inout RecorderOptions) -> Void = { _ in }) throws
        -> RecorderConfiguration
    {
        var o = try RecorderOptions.parse([])
        o.scales = "1 2"
        o.iterations = 4
        o.runs = 2
        o.seed = 42
        o.sampleInterval = 0.05
        o.results = dir.appendingPathComponent("results.jsonl").path
        o.perfLog = dir.appendingPathComponent("perf.log").path
        o.busDir = dir.path
        o.quiet = true
        adjust(&o)
        return try RecorderConfiguration.resolve(
            o, environment: [:], isDirectory: RecorderCommand.isDirectory,
            randomSeed: { 7 })
    }

    static func run(
        _ factory: FakeBusFactory = FakeBusFactory(), _ adjust: (inout RecorderOptions) -> Void = { _ in },
        decide: DecisionRule? = nil
    ) throws -> RecordedRun {
        let dir = try TestSupport.makeTemporaryDirectory("recorder-test")
        let config = try configuration(in: dir, adjust)
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: factory, decide: decide, progressMode: .quiet, errors: { stderr.append($0) })
        return try read(dir, code: code, stderr: stderr.value)
    }

    /// A run on the real embedded bus with the standard decision rule, in a fresh directory named
    /// after `prefix`.
    static func nativeRun(_ prefix: String, _ adjust: (inout RecorderOptions) -> Void) throws -> RecordedRun {
        let dir = try TestSupport.makeTemporaryDirectory(prefix)
        let config = try configuration(in: dir, adjust)
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: NativeBusTargetFactory(), decide: DecisionRules.standard,
            progressMode: .quiet, errors: { stderr.append($0) })
        return try read(dir, code: code, stderr: stderr.value)
    }

    static func read(_ dir: URL, code: Int32, stderr: String) throws -> RecordedRun {
        let text = (try? String(contentsOf: dir.appendingPathComponent("results.jsonl"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.last == "" ? Array(lines.dropLast()) : lines
        var records: [[String: Any]] = []
        for line in body {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ParseFailure(line: line)
            }
            records.append(object)
        }
        let perf = (try? String(contentsOf: dir.appendingPathComponent("perf.log"), encoding: .utf8)) ?? ""
        return RecordedRun(
            directory: dir, exitCode: code, lines: body, records: records,
            perfLines: perf.split(separator: "\n").map(String.init), stderr: stderr)
    }

    struct ParseFailure: Error { let line: String }
}

final class StringBox: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ s: String) {
        lock.lock()
        text += s
        lock.unlock()
    }
    var value: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }
}
