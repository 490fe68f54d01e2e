import Foundation
import OverheadFormat
import TestSupport

/// Runs the built `overhead-analyze` binary and captures its output.
struct AnalyzerProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct MissingBinary: Error, CustomStringConvertible {
        let path: String
        var description: String { "overhead-analyze not built at \(path): run `swift build` first" }
    }

    static func binary() throws -> URL {
        var dir = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        let binary = dir.appendingPathComponent("overhead-analyze")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw MissingBinary(path: binary.path) }
        return binary
    }

    static func run(_ arguments: [String], in directory: URL) throws -> Output {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent("stdout.txt")
        let err = directory.appendingPathComponent("stderr.txt")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// Writes a simulated recording as JSON Lines.
    static func writeSimulated(_ configuration: RecordingSimulator.Configuration, to url: URL) throws {
        let text = RecordingSimulator(configuration).records().map(\.jsonLine).joined(separator: "\n") + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
