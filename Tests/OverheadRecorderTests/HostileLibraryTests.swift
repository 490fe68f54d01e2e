import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// Shell libraries that misbehave: processes that escape the process group or outlive a killed
/// recorder.
@Suite(.serialized) struct HostileLibraryTests {
    private func shellRun(_ dir: URL, fixture: String, _ extra: [String] = []) -> [String] {
        [
            "--target", "shell", "--lib", ShellTestBed.referenceLibrary,
            "--lib-file", "shutdown-coordination=\(ShellTestBed.fixtures)/\(fixture)",
            "--scales", "2", "--iterations", "4", "--runs", "1", "--warmup-runs", "0", "--quiet",
            "--sample-interval", "0.1",
            "--results", dir.appendingPathComponent("r.jsonl").path,
            "--perf-log", dir.appendingPathComponent("p.log").path, "--bus-dir", dir.path,
        ] + extra
    }

    @Test func processesALibraryDetachesWithSetsidEndWithTheRun() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-setsid")
        let sleeper = ["sleep", "1005"]
        defer {
            HostileProcesses.killAll(HostileProcesses.running(sleeper))
            try? FileManager.default.removeItem(at: dir)
        }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "detached-sleep.sh"), in: dir)
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(run.stderr.contains("the library left running"), "\(run.stderr)")
        #expect(HostileProcesses.eventually(within: 5) { HostileProcesses.running(sleeper).isEmpty })
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func aLibraryThatKillsTheRecorderLeavesNoProcessBehind() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-killer")
        let background = ["sleep", "1006"]
        let detached = ["sleep", "1007"]
        defer {
            HostileProcesses.killAll(
                HostileProcesses.running(background) + HostileProcesses.running(detached)
                    + HostileProcesses.mentioning(dir.path))
            try? FileManager.default.removeItem(at: dir)
        }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "kills-recorder.sh"), in: dir)
        #expect(run.signal == SIGKILL, "the fixture did not kill the recorder: \(run.stderr)")
        // Nothing of the recorder's ran after the kill: the driver's watchdog ends the bash driver,
        // its background job and the process that left the group.
        let gone = HostileProcesses.eventually(within: 10) {
            HostileProcesses.running(background).isEmpty && HostileProcesses.running(detached).isEmpty
                && HostileProcesses.mentioning(dir.path).isEmpty
        }
        #expect(gone, "left: \(HostileProcesses.mentioning(dir.path)) \(HostileProcesses.running(detached))")
    }
}
