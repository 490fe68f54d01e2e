import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// The results file and perf log live in a folder every user may write to (/dev/shm by default):
/// what another user plants there, or a second recorder, must not make the recorder write where
/// it should not, hang, or destroy an earlier recording.
@Suite(.serialized) struct HostileOutputTests {
    @Test func aSymbolicLinkPlantedAtTheResultsPathIsRefusedAndItsTargetKept() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try "the victim's data\n".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("r.jsonl"), withDestinationURL: victim)

        let run = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir), in: dir)
        #expect(run.exitCode == RecorderExitCode.ioError, "\(run.stderr)")
        #expect(run.stderr.contains("symbolic link"), "\(run.stderr)")
        #expect(run.stderr.contains(dir.appendingPathComponent("r.jsonl").path))
        #expect(HostileFiles.text(victim) == "the victim's data\n")
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
        // Nothing else was created either.
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.log").path))
    }

    @Test func aSymbolicLinkPlantedAtThePerfLogPathIsRefusedAndItsTargetKept() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try "the victim's data\n".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("p.log"), withDestinationURL: victim)
        // A dangling link is refused as well: following it would create a file where the link points.
        let dangling = dir.appendingPathComponent("nowhere.txt")
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("p2.log"), withDestinationURL: dangling)

        let run = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir), in: dir)
        #expect(run.exitCode == RecorderExitCode.ioError, "\(run.stderr)")
        #expect(run.stderr.contains("symbolic link"), "\(run.stderr)")
        #expect(HostileFiles.text(victim) == "the victim's data\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.jsonl").path))

        let second = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir, perfLog: "p2.log"), in: dir)
        #expect(second.exitCode == RecorderExitCode.ioError, "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dangling.path))
    }

    @Test func aFIFOPlantedAtAnOutputPathIsRefusedAtOnceInsteadOfBlocking() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["r.jsonl", "p.log"] {
            let fifo = dir.appendingPathComponent(name).path
            #expect(mkfifo(fifo, 0o666) == 0)
            let started = Date()
            let run = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir), in: dir, timeout: 30)
            #expect(Date().timeIntervalSince(started) < 20, "the recorder blocked on the FIFO")
            #expect(run.exitCode == RecorderExitCode.ioError, "\(run.stderr)")
            #expect(run.stderr.contains("FIFO"), "\(run.stderr)")
            #expect(run.stderr.contains(fifo), "\(run.stderr)")
            #expect(HostileFiles.busDirectories(in: dir).isEmpty)
            unlink(fifo)
        }
    }

    @Test func aBadPerfLogOrBusDirectoryLeavesTheEarlierRecordingUntouched() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-truncate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl")
        let perf = dir.appendingPathComponent("p.log")
        try "{\"type\":\"manifest\",\"earlier\":true}\n".write(to: results, atomically: true, encoding: .utf8)
        try "1700000000 1.0 2.0 3.0\n".write(to: perf, atomically: true, encoding: .utf8)

        var badPerfLog = HostileFiles.smallRun(dir)
        badPerfLog[badPerfLog.firstIndex(of: "--perf-log")! + 1] = "/nonexistent-overheadbench/p.log"
        let first = try RecorderBinaryProcess.run(badPerfLog, in: dir)
        #expect(first.exitCode == RecorderExitCode.ioError, "\(first.stderr)")
        #expect(first.stderr.contains("/nonexistent-overheadbench/p.log"))

        var badBusDir = HostileFiles.smallRun(dir)
        badBusDir[badBusDir.firstIndex(of: "--bus-dir")! + 1] = "/proc"
        let second = try RecorderBinaryProcess.run(badBusDir, in: dir)
        #expect(second.exitCode == RecorderExitCode.ioError, "\(second.stderr)")
        #expect(second.stderr.contains("bus directory"), "\(second.stderr)")

        #expect(HostileFiles.text(results) == "{\"type\":\"manifest\",\"earlier\":true}\n")
        #expect(HostileFiles.text(perf) == "1700000000 1.0 2.0 3.0\n")
    }

    @Test func aSecondRecorderOnTheSameResultsFileOrPerfLogIsRefused() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl")
        let first = try RecorderBinaryProcess(
            [
                "--scales", "1 10", "--iterations", "200", "--runs", "40", "--quiet", "--sample-interval", "0.1",
                "--results", results.path, "--perf-log", dir.appendingPathComponent("p.log").path,
                "--bus-dir", dir.path,
            ], stderrPath: dir.appendingPathComponent("first.txt").path)
        let writing = HostileProcesses.eventually(within: 60) {
            (HostileFiles.text(results) ?? "").contains("\"type\":\"sample\"")
        }
        try #require(writing, "the first recorder wrote no sample: \(first.stderr)")

        let sameResults = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir, perfLog: "p2.log"), in: dir)
        #expect(sameResults.exitCode == RecorderExitCode.ioError, "\(sameResults.stderr)")
        #expect(sameResults.stderr.contains("another overhead-record"), "\(sameResults.stderr)")
        #expect(sameResults.stderr.contains(results.path), "\(sameResults.stderr)")
        let samePerfLog = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir, results: "r2.jsonl"), in: dir)
        #expect(samePerfLog.exitCode == RecorderExitCode.ioError, "\(samePerfLog.stderr)")
        #expect(samePerfLog.stderr.contains("another overhead-record"), "\(samePerfLog.stderr)")
        #expect(samePerfLog.stderr.contains(dir.appendingPathComponent("p.log").path))
        #expect(first.isRunning, "the first recorder was disturbed: \(first.stderr)")

        kill(first.pid, SIGTERM)
        first.wait(timeout: 30)
        #expect(first.exitCode == RecorderExitCode.terminated, "\(first.stderr)")
        // One recorder's records only: a single manifest, whole lines, no `end` from the refused runs.
        let types = try HostileFiles.records(results).map { $0["type"] as? String ?? "" }
        #expect(types.filter { $0 == "manifest" }.count == 1)
        #expect(types.last == "partial")
        #expect(!types.contains("end"))
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }
}
