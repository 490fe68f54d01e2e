import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// The built `overhead-record --target shell`, interrupted mid-run: no bash of ours may be left.
/// Needs the built binary (`swift build`); without it every test fails, saying where it looked.
@Suite(.serialized)
struct ShellProcessSignalTests {
    @Test func theBuiltRecorderOpensTheShellTargetBeforeItsOutput() throws {
        // A results path that cannot be created: the recorder resolves --target shell and opens the
        // reference library first (a problem there exits 2), then stops at the results file.
        let (status, stderr) = try ShellRecorderBinary.probe()
        #expect(status == RecorderExitCode.ioError, "\(stderr)")
        #expect(
            stderr
                == "overhead-record: error: cannot create \(ShellRecorderBinary.unwritableResults): "
                + "No such file or directory\n")
    }

    @Test func sigintMidRunLeavesNoBashBehind() throws {
        let run = try ShellRecorderBinary.start(["--scales", "1 10", "--iterations", "200", "--runs", "40"])
        defer { run.removeDirectory() }
        let groups = try run.waitForSamplesAndShellGroups()
        kill(run.process.processIdentifier, SIGINT)
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 130, "\(run.stderr())")
        for group in groups { #expect(ShellProcesses.liveMembers(ofGroup: group).isEmpty) }
        #expect(ShellRecorderBinary.processesMentioning(run.directory.path).isEmpty)
        #expect(try run.lastRecordType() == "partial")
    }

    @Test func sigintDuringAHangingFunctionStillLeavesNothing() throws {
        let hanging = "\(ShellTestBed.fixtures)/hanging-metric.sh"
        let run = try ShellRecorderBinary.start([
            "--scales", "2", "--iterations", "5", "--runs", "5",
            "--lib-file", "shutdown-coordination=\(hanging)", "--call-timeout", "2",
        ])
        defer { run.removeDirectory() }
        // Wait until a call hangs (the fixture says so on stderr), then interrupt.
        let hangs = ShellProcesses.eventually(within: 90) {
            run.shellLog().contains("waiting for a lock that never comes")
        }
        try #require(hangs, "no hanging call within 90 s: \(run.stderr())")
        let groups = ShellRecorderBinary.bashChildren(of: run.process.processIdentifier)
        #expect(!groups.isEmpty)
        let interrupted = Date()
        kill(run.process.processIdentifier, SIGINT)
        run.process.waitUntilExit()
        // The recorder stops after the hanging call's timeout, not later.
        #expect(Date().timeIntervalSince(interrupted) < 10)
        #expect(run.process.terminationStatus == 130, "\(run.stderr())")
        for group in groups { #expect(ShellProcesses.liveMembers(ofGroup: group).isEmpty) }
        #expect(ShellRecorderBinary.processesMentioning(run.directory.path).isEmpty)
        #expect(try run.lastRecordType() == "partial")
    }

    @Test func sigintDuringTheSoakKeepsItsLinesAndLeavesNoWorkerBehind() throws {
        let run = try ShellRecorderBinary.start([
            "--scales", "2", "--iterations", "2", "--runs", "1", "--soak", "60", "--soak-sample-interval", "0.1",
            "--liveness-interval", "0.2", "--inbox-overflow-interval", "0.2", "--alerting-interval", "0.2",
            "--rate-limit-monitor-interval", "0.2",
        ])
        defer { run.removeDirectory() }
        let perf = run.directory.appendingPathComponent("p.log")
        let soaking = ShellProcesses.eventually(within: 90) {
            ((try? String(contentsOf: perf, encoding: .utf8)) ?? "").components(separatedBy: "phase=soak").count > 5
        }
        try #require(soaking, "no soak lines within 90 s: \(run.stderr())")
        let groups = ShellRecorderBinary.bashChildren(of: run.process.processIdentifier)
        let workers = SystemUnderTestRunTests.backgroundWorkers(of: run.directory.path)
        #expect(workers.count >= 4, "the four background functions run during the soak")
        kill(run.process.processIdentifier, SIGINT)
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 130, "\(run.stderr())")
        for group in groups { #expect(ShellProcesses.liveMembers(ofGroup: group).isEmpty) }
        #expect(SystemUnderTestRunTests.backgroundWorkers(of: run.directory.path).isEmpty)
        #expect(ShellRecorderBinary.processesMentioning(run.directory.path).isEmpty)
        #expect(try run.lastRecordType() == "partial")
        let text = try String(contentsOf: perf, encoding: .utf8)
        #expect(text.components(separatedBy: "phase=soak").count > 5, "the soak's lines are kept")
    }

    @Test func bashEndsItselfWhenTheRecorderIsKilled() throws {
        let run = try ShellRecorderBinary.start(["--scales", "1 10", "--iterations", "200", "--runs", "40"])
        defer { run.removeDirectory() }
        let groups = try run.waitForSamplesAndShellGroups()
        kill(run.process.processIdentifier, SIGKILL)
        run.process.waitUntilExit()
        // No clean-up ran in the recorder: each driver sees end of file and kills its own group.
        for group in groups {
            #expect(ShellProcesses.eventually(within: 10) { ShellProcesses.liveMembers(ofGroup: group).isEmpty })
        }
    }
}

/// Runs the built recorder on the reference library in a private directory.
///
/// Started with posix_spawn and an empty signal mask: Foundation's `Process` passes on the mask of
/// the calling thread, and the test runner's threads block SIGINT, so the recorder would never see it.
struct ShellRecorderBinary {
    let process: SpawnedRecorder
    let directory: URL

    static let unwritableResults = "/nonexistent/overheadbench-probe/r.jsonl"

    /// Runs the recorder on the shell target with a results file it cannot create; exit status and stderr.
    static func probe() throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = try ProcessSignalTests.recorderBinary()
        process.arguments = [
            "--target", "shell", "--lib", ShellTestBed.referenceLibrary, "--quiet", "--results", unwritableResults,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static func start(_ arguments: [String]) throws -> ShellRecorderBinary {
        let dir = try TestSupport.makeTemporaryDirectory("shell-signal")
        let argv =
            [
                try ProcessSignalTests.recorderBinary().path, "--target", "shell", "--lib",
                ShellTestBed.referenceLibrary,
                "--quiet", "--results", dir.appendingPathComponent("r.jsonl").path,
                "--perf-log", dir.appendingPathComponent("p.log").path,
                "--bus-dir", dir.path, "--sample-interval", "0.1",
            ] + arguments
        let process = try SpawnedRecorder(argv: argv, stderrPath: dir.appendingPathComponent("stderr.txt").path)
        return ShellRecorderBinary(process: process, directory: dir)
    }

    func stderr() -> String {
        (try? String(contentsOf: directory.appendingPathComponent("stderr.txt"), encoding: .utf8)) ?? ""
    }

    func shellLog() -> String {
        (try? String(contentsOf: directory.appendingPathComponent("shell-target.stderr.log"), encoding: .utf8)) ?? ""
    }

    func removeDirectory() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Waits for the first sample, then returns the process groups of the recorder's bash children.
    func waitForSamplesAndShellGroups() throws -> [Int32] {
        let results = directory.appendingPathComponent("r.jsonl")
        let seen = ShellProcesses.eventually(within: 60) {
            ((try? String(contentsOf: results, encoding: .utf8)) ?? "").contains("\"type\":\"sample\"")
        }
        try #require(seen, "no sample within 60 s: \(stderr())")
        let groups = Self.bashChildren(of: process.processIdentifier)
        try #require(!groups.isEmpty, "the recorder has no bash child")
        return groups
    }

    func lastRecordType() throws -> String? {
        let text = try String(contentsOf: directory.appendingPathComponent("r.jsonl"), encoding: .utf8)
        guard let last = text.split(separator: "\n").last else { return nil }
        let object = try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
        return object?["type"] as? String
    }

    /// Live `bash` processes whose parent is `pid` (each leads its own process group).
    static func bashChildren(of pid: Int32) -> [Int32] {
        procEntries().filter { $0.parent == pid && $0.command == "bash" && $0.state != "Z" }.map(\.pid)
    }

    /// Live processes whose command line mentions `text` (the drivers' command files live in the bus directory).
    static func processesMentioning(_ text: String) -> [Int32] {
        procEntries().filter { entry in
            guard entry.state != "Z", let data = FileManager.default.contents(atPath: "/proc/\(entry.pid)/cmdline")
            else { return false }
            return String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(text)
        }.map(\.pid)
    }

    private static func procEntries() -> [(pid: Int32, parent: Int32, command: String, state: Substring)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name in
            guard let pid = Int32(name), let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { return nil }
            let command = String(stat[stat.index(after: open)..<close])
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, let parent = Int32(fields[1]) else { return nil }
            return (pid, parent, command, fields[0])
        }
    }
}

/// A child process started with posix_spawn, an empty signal mask and default signal handling.
final class SpawnedRecorder {
    let processIdentifier: pid_t
    private(set) var terminationStatus: Int32 = -1
    private var reaped = false

    init(argv: [String], stderrPath: String) throws {
        let pid = try CleanSpawn.spawn(argv, stderrPath: stderrPath)
        processIdentifier = pid
    }

    var isRunning: Bool {
        if reaped { return false }
        var status: Int32 = 0
        if waitpid(processIdentifier, &status, WNOHANG) == processIdentifier {
            record(status)
            return false
        }
        return true
    }

    func waitUntilExit() {
        if reaped { return }
        var status: Int32 = 0
        while waitpid(processIdentifier, &status, 0) < 0 && errno == EINTR {}
        record(status)
    }

    private func record(_ status: Int32) {
        reaped = true
        terminationStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    deinit {
        if !reaped {
            kill(processIdentifier, SIGKILL)
            waitUntilExit()
        }
    }
}
