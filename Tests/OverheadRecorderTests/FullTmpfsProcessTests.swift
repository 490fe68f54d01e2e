import Foundation
import TestSupport
import Testing

/// Runs the built `overhead-record` with its bus on a real 256 KiB tmpfs, which fills within the
/// first windows: the run must stop with exit 3 and a clear error, keep every whole record, end
/// the file with a `partial` `io_error` record and remove the bus directory. Needs permission to
/// mount a tmpfs (root); elsewhere the test is skipped.
@Suite(.serialized, .enabled(if: TmpfsMount.isPermitted))
struct FullTmpfsProcessTests {
    @Test func aFullBusFileSystemStopsTheRunWithExit3AndKeepsTheRecords() throws {
        let dir = try TestSupport.makeTemporaryDirectory("recorder-full-tmpfs")
        let small = dir.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        #expect(TmpfsMount.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", small.path]) == 0)
        defer {
            TmpfsMount.run("/bin/umount", [small.path])
            try? FileManager.default.removeItem(at: dir)
        }
        let results = dir.appendingPathComponent("r.jsonl")
        let process = Process()
        process.executableURL = try ProcessSignalTests.recorderBinary()
        process.arguments = [
            "--scales", "1 10 100", "--iterations", "500", "--runs", "5", "--quiet",
            "--bus-dir", small.path, "--results", results.path,
            "--perf-log", dir.appendingPathComponent("p.log").path,
        ]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let errText = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 3, "\(errText)")
        #expect(errText.contains("the bus file system is full"), "\(errText)")
        #expect(errText.contains("No space left on device"), "\(errText)")
        let lines = try String(contentsOf: results, encoding: .utf8).split(separator: "\n")
        var types: [String] = []
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            types.append(object["type"] as? String ?? "")
            if object["type"] as? String == "partial" { #expect(object["reason"] as? String == "io_error") }
        }
        #expect(types.first == "manifest")
        #expect(types.last == "partial")
        #expect(types.contains("sample"))
        #expect(!types.contains("end"))
        let left = try FileManager.default.contentsOfDirectory(atPath: small.path).filter {
            $0.hasPrefix("overhead-bus.")
        }
        #expect(left.isEmpty)
    }
}

/// Mounting a small tmpfs for a test: only root may, and some sandboxes forbid it even then.
enum TmpfsMount {
    static var isPermitted: Bool {
        guard getuid() == 0, let dir = try? TestSupport.makeTemporaryDirectory("tmpfs-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.path]) == 0 else { return false }
        _ = run("/bin/umount", [dir.path])
        return true
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
