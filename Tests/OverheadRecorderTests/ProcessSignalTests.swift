import Foundation
import TestSupport
import Testing

@testable import OverheadRecorder

/// Starts the built `overhead-record` binary on the embedded bus, signals it mid-run, and checks
/// what a user would find: the documented exit code, a file of whole JSON lines ending in a
/// `partial` record, and no bus directory left behind.
@Suite(.serialized) struct ProcessSignalTests {
    /// `overhead-record` next to the test bundle in the build products directory.
    static func recorderBinary() throws -> URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The test runner may sit inside an .xctest bundle directory.
        while dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
        let binary = dir.appendingPathComponent("overhead-record")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw MissingBinary(path: binary.path)
        }
        return binary
    }

    struct MissingBinary: Error, CustomStringConvertible {
        let path: String
        var description: String { "overhead-record not built at \(path): run `swift build` first" }
    }

    private func runAndSignal(_ signal: Int32, expectedCode: Int32, reason: String) throws {
        let dir = try TestSupport.makeTemporaryDirectory("recorder-signal")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl")
        let process = Process()
        process.executableURL = try Self.recorderBinary()
        process.arguments = [
            "--scales", "1 10", "--iterations", "200", "--runs", "20", "--quiet",
            "--results", results.path, "--perf-log", dir.appendingPathComponent("p.log").path,
            "--bus-dir", dir.path, "--sample-interval", "0.1",
        ]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()

        // Wait until samples are being written, then signal mid-run.
        let deadline = Date().addingTimeInterval(30)
        var samplesSeen = false
        while Date() < deadline && process.isRunning {
            if let text = try? String(contentsOf: results, encoding: .utf8), text.contains("\"type\":\"sample\"") {
                samplesSeen = true
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(samplesSeen)
        // The bus directory exists while the recorder runs.
        let during = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasPrefix("overhead-bus.")
        }
        #expect(during.count == 1)
        kill(process.processIdentifier, signal)
        // It must stop at the next operation; give a loaded machine generous slack, then give up.
        let exitDeadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < exitDeadline { Thread.sleep(forTimeInterval: 0.02) }
        let stoppedInTime = !process.isRunning
        if !stoppedInTime { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(stoppedInTime, "the recorder did not stop within 20 s of the signal")
        let errText = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        #expect(process.terminationReason == .exit, "\(errText)")
        #expect(process.terminationStatus == expectedCode, "\(errText)")
        let text = try String(contentsOf: results, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n")
        var types: [String] = []
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            types.append(object["type"] as? String ?? "")
            if object["type"] as? String == "partial" { #expect(object["reason"] as? String == reason) }
        }
        #expect(types.first == "manifest")
        #expect(types.last == "partial")
        #expect(types.contains("sample"))
        #expect(!types.contains("end"))
        let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasPrefix("overhead-bus.")
        }
        #expect(after.isEmpty)
    }

    @Test func sigintMidRunExits130WithAValidPartialFile() throws {
        try runAndSignal(SIGINT, expectedCode: 130, reason: "interrupted")
    }

    @Test func sigtermMidRunExits143WithAValidPartialFile() throws {
        try runAndSignal(SIGTERM, expectedCode: 143, reason: "terminated")
    }
}
