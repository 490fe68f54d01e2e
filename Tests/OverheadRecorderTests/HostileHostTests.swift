import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// A host with a low open file limit, and bus directories left behind by killed recorders.
@Suite(.serialized) struct HostileHostTests {
    /// 100 agents: the native bus keeps a sequence file open per sender → recipient pair.
    private func hundredAgents(_ dir: URL) -> [String] {
        [
            "--scales", "100", "--iterations", "20", "--runs", "1", "--warmup-runs", "0", "--quiet",
            "--results", dir.appendingPathComponent("r.jsonl").path,
            "--perf-log", dir.appendingPathComponent("p.log").path, "--bus-dir", dir.path,
        ]
    }

    @Test(arguments: [8, 10, 13])
    func aTinyOpenFileLimitIsRefusedWithExit2AndLeavesNoBusDirectory(limit: Int) throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-fd")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(hundredAgents(dir), in: dir, fileLimit: "-n \(limit)")
        #expect(run.exitCode == RecorderExitCode.usage, "\(run.stderr)")
        #expect(run.stderr.contains("is \(limit)"), "\(run.stderr)")
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.jsonl").path))
    }

    @Test func aHardLimitBelowThePlanIsRefusedNamingTheNeedAndTheLimit() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-fd")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(hundredAgents(dir), in: dir, fileLimit: "-n 32")
        #expect(run.exitCode == RecorderExitCode.usage, "\(run.stderr)")
        let config = try RecorderConfiguration.resolve(
            try RecorderOptions.parse(hundredAgents(dir)), environment: [:], isDirectory: { _ in true },
            randomSeed: { 1 })
        let needed = DescriptorBudget.need(config, openNow: 3).total
        #expect(needed > 100)
        #expect(run.stderr.contains("needs about"), "\(run.stderr)")
        #expect(run.stderr.contains("ulimit -n) is 32"), "\(run.stderr)")
        #expect(!run.stderr.contains("failure"))
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test(.enabled(if: HostileHostTests.hardFileLimit >= 1024, "the hard open file limit is below 1024"))
    func aLowSoftLimitIsRaisedToTheHardLimitAndNoOperationFails() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-fd")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(hundredAgents(dir), in: dir, fileLimit: "-S -n 32")
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let records = try HostileFiles.records(dir.appendingPathComponent("r.jsonl"))
        let failures = records.filter { $0["type"] as? String == "failure" }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.first?["reason"] ?? "")")
        let end = try #require(records.last)
        #expect(end["type"] as? String == "end")
        #expect(end["failures"] as? Int == 0)
        #expect((end["samples"] as? Int ?? 0) > 0)
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func theDescriptorNeedGrowsWithAgentsAndDriversAndCoversTheShellChild() throws {
        func need(_ arguments: [String]) throws -> Int {
            let config = try RecorderConfiguration.resolve(
                try RecorderOptions.parse(arguments + ["--results", "/x/r", "--perf-log", "/x/p"]),
                environment: [:], isDirectory: { _ in true }, randomSeed: { 1 })
            return DescriptorBudget.need(config, openNow: 3).total
        }
        let small = try need(["--scales", "1"])
        let hundred = try need(["--scales", "100"])
        let concurrent = try need(["--scales", "100", "--concurrency", "8"])
        #expect(small < hundred)
        #expect(hundred < concurrent)
        #expect(hundred >= 100)
        let shell = try need(["--scales", "1", "--target", "shell", "--lib", "/lib"])
        #expect(shell >= DescriptorBudget.shellChildMinimum)
    }

    static let hardFileLimit: UInt64 = {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        return UInt64(limit.rlim_max)
    }()

    // MARK: - Stale bus directories

    @Test func aBusDirectoryLeftByAKilledRecorderIsRemovedByTheNextRun() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-stale")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl")
        let killed = try RecorderBinaryProcess(
            [
                "--scales", "1 10", "--iterations", "200", "--runs", "40", "--quiet",
                "--results", results.path, "--perf-log", dir.appendingPathComponent("p.log").path,
                "--bus-dir", dir.path,
            ], stderrPath: dir.appendingPathComponent("killed.txt").path)
        let writing = HostileProcesses.eventually(within: 60) {
            (HostileFiles.text(results) ?? "").contains("\"type\":\"sample\"")
        }
        try #require(writing, "no sample: \(killed.stderr)")
        kill(killed.pid, SIGKILL)
        killed.wait()
        let left = HostileFiles.busDirectories(in: dir)
        try #require(left.count == 1)
        let owner = HostileFiles.text(dir.appendingPathComponent(left[0]).appendingPathComponent(".owner")) ?? ""
        #expect(owner.contains("pid=\(killed.pid)"))

        let next = try RecorderBinaryProcess.run(HostileFiles.smallRun(dir, results: "r2.jsonl"), in: dir)
        #expect(next.exitCode == RecorderExitCode.complete, "\(next.stderr)")
        #expect(next.stderr.contains("removed stale bus directory"), "\(next.stderr)")
        #expect(next.stderr.contains(left[0]), "\(next.stderr)")
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func onlyStaleBusDirectoriesOfThisUserWithADeadOwnerAreRemoved() throws {
        let parent = try TestSupport.makeTemporaryDirectory("hostile-stale")
        defer { try? FileManager.default.removeItem(at: parent) }
        let me = try #require(BusDirectory.Owner.current)
        let dead = try Self.deadPid()
        func make(_ name: String, owner: String?) throws {
            let path = parent.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            try "m".write(to: path.appendingPathComponent("keep.json"), atomically: false, encoding: .utf8)
            if let owner {
                try owner.write(to: path.appendingPathComponent(".owner"), atomically: false, encoding: .utf8)
            }
        }
        let ns = me.pidNamespace
        try make("overhead-bus.dead01", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: ns).line)
        try make(
            "overhead-bus.reuse1",
            owner: BusDirectory.Owner(pid: me.pid, startTime: me.startTime + 1, pidNamespace: ns).line)
        try make("overhead-bus.live01", owner: me.line)
        try make("overhead-bus.noown1", owner: nil)
        try make("overhead-bus.garbl1", owner: "pid=\(dead)\n")
        try make(
            "overhead-bus.othns1", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: "pid:[1]").line)
        try make("overhead-bus.toolong", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: ns).line)
        try make("other-bus.dead02", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: ns).line)
        // Another user's directory is never ours to remove, even with a dead owner.
        try make("overhead-bus.other1", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: ns).line)
        if getuid() == 0 { chown(parent.appendingPathComponent("overhead-bus.other1").path, 65534, 65534) }
        // A link named like a bus directory is not followed.
        let outside = parent.appendingPathComponent("outside")
        try make("outside", owner: BusDirectory.Owner(pid: dead, startTime: 1, pidNamespace: ns).line)
        try FileManager.default.createSymbolicLink(
            at: parent.appendingPathComponent("overhead-bus.link01"), withDestinationURL: outside)

        let messages = BusDirectory.removeStale(in: parent.path)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        #expect(!left.contains("overhead-bus.dead01"))
        #expect(!left.contains("overhead-bus.reuse1"))
        var kept = [
            "overhead-bus.live01", "overhead-bus.noown1", "overhead-bus.garbl1", "overhead-bus.othns1",
            "overhead-bus.toolong", "other-bus.dead02", "overhead-bus.link01", "outside",
        ]
        if getuid() == 0 { kept.append("overhead-bus.other1") }
        for name in kept { #expect(left.contains(name), "\(name) was removed") }
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("keep.json").path))
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("overhead-bus.dead01") && $0.contains("no longer running") })
        #expect(messages.contains { $0.contains("overhead-bus.reuse1") && $0.contains("another process") })
    }

    /// The pid of a process that has exited and been reaped.
    static func deadPid() throws -> pid_t {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        try #require(posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }
}
