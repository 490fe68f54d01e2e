import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadReports

@testable import AnalyzerCLI

/// Captures what the command writes.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var _out = "", _err = ""
    private var _files: [String: [UInt8]] = [:]
    var out: String { lock.withLock { _out } }
    var err: String { lock.withLock { _err } }
    var files: [String: [UInt8]] { lock.withLock { _files } }
    func writeOut(_ s: String) { lock.withLock { _out += s } }
    func writeErr(_ s: String) { lock.withLock { _err += s } }
    func writeFile(_ path: String, _ bytes: [UInt8]) { lock.withLock { _files[path] = bytes } }
}

/// Serves in-memory recordings by file name; a name it does not know is a missing file.
struct FakeLoader: RecordingLoading {
    var recordings: [String: Recording]

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path): no such file" }
    }

    func load(resultsFiles: [String], perfLogs: [String], strict: Bool, maxDiagnostics: Int) throws -> Recording {
        guard let r = recordings[resultsFiles[0]] else { throw Missing(path: resultsFiles[0]) }
        var copy = r
        copy.files = resultsFiles
        return copy
    }

    func firstLine(of path: String) -> String? { nil }
}

/// Writes one line per criterion, enough to see what the command handed to the renderer.
struct VerdictLines: ReportRenderer {
    var formatName: String { "verdict lines" }

    func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        Array(
            result.criteria.map { "\($0.id)@\($0.agentCount.map(String.init) ?? "-"): \($0.verdict.rawValue)\n" }
                .joined().utf8)
            + Array("color=\(options.color) policy=\(options.inconclusivePolicy.rawValue)\n".utf8)
    }
}

/// Runs the command in-process; by default with `VerdictLines` standing in for the console and JSON
/// renderers (what the command hands them), or with `reports` (e.g. `.builtIn`, for compare).
func runCommand(
    _ arguments: [String], recordings: [String: Recording], isTerminal: Bool = false,
    reports: ReportSet = ReportSet(console: VerdictLines(), json: VerdictLines(), junit: nil, html: nil)
) -> (Int32, Captured) {
    let captured = Captured()
    let command = AnalyzerCommand(
        console: Console(out: { captured.writeOut($0) }, err: { captured.writeErr($0) }, isTerminal: isTerminal),
        loader: FakeLoader(recordings: recordings),
        reports: reports,
        writeFile: { captured.writeFile($0, $1) })
    return (command.run(arguments: arguments), captured)
}
