import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// A host with a low open file limit.
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
        #expect(records.filter { $0["type"] as? String == "failure" }.isEmpty)
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
}
