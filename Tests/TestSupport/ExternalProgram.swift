import Foundation
import Testing

/// A program from the system (promtool, a Pushgateway, VictoriaMetrics) that a test runs for real.
/// CI installs them (`.ci/install-deps`); a missing one fails the test with what to install rather
/// than skipping it.
public struct ExternalProgram: Sendable {
    public var name: String
    /// The Debian package that provides it.
    public var package: String

    public init(_ name: String, package: String) {
        self.name = name
        self.package = package
    }

    /// The executable's path on `PATH` (or in /usr/bin and /usr/local/bin).
    public func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for dir in dirs + ["/usr/bin", "/usr/local/bin"] {
            let candidate = dir + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        Issue.record(
            "\(name) is not installed: install the Debian package \(package) (bash .ci/install-deps does)",
            sourceLocation: sourceLocation)
        throw Missing(name: name)
    }

    public struct Missing: Error, CustomStringConvertible {
        public var name: String
        public var description: String { "\(name) is not installed" }
    }

    /// Runs the program to completion with `input` on stdin; returns exit status, stdout and stderr.
    /// Killed after `timeout` seconds.
    public func run(_ arguments: [String], input: [UInt8] = [], timeout: Double = 30) throws -> (
        status: Int32, out: String, err: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
