import Foundation
import OverheadFormat
import Testing

@testable import OverheadRecorder

@Suite struct StopAndDecisionTests {
    @Test func latencyEarlyExitKeepsResultsAndWritesPartial() throws {
        let factory = FakeBusFactory()
        factory.store.delay = 0.002  // every operation takes ≥ 2 ms
        let run = try RecorderHarness.run(factory) {
            $0.latencyThreshold = 1
            $0.warmupRuns = 0
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.stoppedEarly)
        let partial = try #require(run.records.last)
        #expect(partial["type"] as? String == "partial")
        #expect(partial["reason"] as? String == "latency_regression")
        #expect((partial["detail"] as? String ?? "").contains("> threshold 1"))
        // It stopped after the first measured window, whose samples and statistics are kept.
        #expect(run.records(ofType: "window").count == 2)
        #expect(!run.records(ofType: "sample").isEmpty)
        #expect(!run.records(ofType: "statistics").isEmpty)
        #expect(run.records(ofType: "end").isEmpty)
    }

    @Test func warmUpWindowsDoNotTriggerTheLatencyExit() throws {
        let factory = FakeBusFactory()
        let run = try RecorderHarness.run(factory) {
            $0.latencyThreshold = 1000
            $0.scales = "1"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == 0)
    }

    @Test func globalTimeoutStopsCleanly() throws {
        let factory = FakeBusFactory()
        factory.store.delay = 0.001
        let run = try RecorderHarness.run(factory) {
            $0.timeout = 0.3
            $0.iterations = 100
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.stoppedEarly)
        #expect(run.records.last?["type"] as? String == "partial")
        #expect(run.records.last?["reason"] as? String == "timeout")
        // The interrupted window is closed and its samples are kept.
        let windows = run.records(ofType: "window")
        #expect(
            windows.filter { $0["event"] as? String == "start" }.count
                == windows.filter { $0["event"] as? String == "end" }.count)
        #expect(!run.records(ofType: "sample").isEmpty)
    }

    @Test func untilDecidedStopsWhenEveryCriterionIsDecided() throws {
        let calls = StringBox()
        let rule: DecisionRule = { series, confidence in
            calls.append("\(series.first!.overheads.count),")
            #expect(confidence == 0.9)
            #expect(series.map(\.criterion) == OverheadComponent.measured(by: TestName.standardSuite))
            #expect(series.map(\.limitPercent) == [2, 1, 0.6, 0.4])
            // Decided once four blocks are in.
            return series.map { $0.overheads.count >= 4 ? .pass : .inconclusive }
        }
        let run = try RecorderHarness.run(
            FakeBusFactory(),
            {
                $0.scales = "1"
                $0.untilDecided = true
                $0.confidence = 0.9
                $0.targetOverhead = 2
            }, decide: rule)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == 0)
        #expect(calls.value == "2,3,4,")
        let decision = try #require(run.records(ofType: "decision").first)
        #expect(decision["blocks"] as? Int == 4)
        #expect(decision["decided"] as? Bool == true)
        #expect((decision["detail"] as? String ?? "").contains("total=pass"))
        #expect(run.records(ofType: "block").filter { $0["warmup"] as? Bool == false }.count == 4)
    }

    @Test func untilDecidedGivesUpAtMaxRuns() throws {
        let run = try RecorderHarness.run(
            FakeBusFactory(),
            {
                $0.scales = "1"
                $0.untilDecided = true
                $0.maxRuns = 3
            }, decide: { series, _ in series.map { _ in .inconclusive } })
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let decision = try #require(run.records(ofType: "decision").first)
        #expect(decision["blocks"] as? Int == 3)
        #expect(decision["decided"] as? Bool == false)
        #expect((decision["detail"] as? String ?? "").contains("max runs"))
        // The decision follows the scale's statistics.
        let types = run.records.map { $0["type"] as? String ?? "" }
        #expect(types.lastIndex(of: "statistics")! < types.firstIndex(of: "decision")!)
    }

    @Test func blockOverheadsArePairedWithTheBlocksBaseline() {
        let means: [TestOperation: Double] = [
            TestOperation(.baseline, .messageSend): 0.2,
            TestOperation(.fullIntegration, .completeOperation): 0.21,
            TestOperation(.metricsIntegration, .messageSendWithMetrics): 0.201,
            TestOperation(.healthIntegration, .healthReport): 0.1,
            TestOperation(.rateLimitingIntegration, .capacityCheck): 0.002,
        ]
        #expect(abs(OverheadComponent.total.overheadPercent(means: means)! - 5) < 1e-9)
        #expect(abs(OverheadComponent.metrics.overheadPercent(means: means)! - 0.5) < 1e-9)
        #expect(abs(OverheadComponent.health.overheadPercent(means: means)! - 5) < 1e-9)  // 0.1/10/0.2
        #expect(abs(OverheadComponent.rateLimiting.overheadPercent(means: means)! - 1) < 1e-9)
        #expect(OverheadComponent.total.overheadPercent(means: [:]) == nil)
    }

    @Test func unwritableResultsPathIsAnIOErrorBeforeAnythingRuns() throws {
        let factory = FakeBusFactory()
        let run = try RecorderHarness.run(factory) { $0.results = "/nonexistent-dir/r.jsonl" }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.ioError)
        #expect(run.stderr.contains("/nonexistent-dir/r.jsonl"))
        #expect(run.stderr.contains("No such file or directory"))
        #expect(factory.store.busRoots.isEmpty)
    }

    @Test func fullFileSystemIsAReportedIOError() throws {
        // /dev/full fails every write with ENOSPC, like a full tmpfs.
        let run = try RecorderHarness.run { $0.results = "/dev/full" }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.ioError)
        #expect(run.stderr.contains("No space left on device"))
        #expect(run.stderr.contains("file system is full"))
    }
}
