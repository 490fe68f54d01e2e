import Foundation
import OverheadFormat
import Testing

@testable import OverheadRecorder

@Suite struct SuiteRecordTests {
    /// Timed operations per window for 4 iterations, by (test, operation), at `agents` agents.
    private func perWindow(_ agents: Int) -> [String: Int] {
        [
            "baseline/message_send": 4, "baseline/message_receive": 4,
            "baseline_control/message_send": 4, "baseline_control/paired_send": 4,
            "metrics_integration/message_send_with_metrics": 4, "metrics_integration/paired_send": 4,
            "health_integration/health_report": 4, "health_integration/health_check": 4,
            "rate_limiting_integration/capacity_check": 4, "rate_limiting_integration/send_with_backpressure": 4,
            "shutdown_integration/coordinated_shutdown": agents,
            "full_integration/complete_operation": 4, "full_integration/paired_send": 4,
            "full_integration/shutdown": agents,
        ]
    }

    @Test func smallConfigurationYieldsExactlyTheExpectedRecords() throws {
        let run = try RecorderHarness.run()
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(run.records.count == run.lines.count)
        #expect(run.records.first?["type"] as? String == "manifest")
        #expect(run.records.last?["type"] as? String == "end")

        for agents in [1, 2] {
            var counts: [String: Int] = [:]
            for s in run.records(ofType: "sample") where s["agent_count"] as? Int == agents {
                counts["\(s["test_name"]!)/\(s["operation"]!)", default: 0] += 1
            }
            // 1 warm-up + 2 measured blocks, every test once per block.
            #expect(counts == perWindow(agents).mapValues { 3 * $0 }, "agents=\(agents)")

            var stats: [String: Int] = [:]
            for s in run.records(ofType: "statistics") where s["agent_count"] as? Int == agents {
                stats["\(s["test_name"]!)/\(s["operation"]!)"] = s["count"] as? Int
                for field in ["avg_ms", "stddev_ms", "p50_ms", "p95_ms", "p99_ms"] {
                    #expect(s[field] is Double || s[field] is Int)
                }
            }
            #expect(stats == perWindow(agents).mapValues { 2 * $0 }, "agents=\(agents)")

            let blocks = run.records(ofType: "block").filter { $0["agent_count"] as? Int == agents }
            #expect(blocks.count == 3)
            #expect(blocks.map { $0["warmup"] as? Bool } == [true, false, false])
            for b in blocks {
                #expect(Set(b["order"] as? [String] ?? []) == Set(TestName.standardSuite.map(\.rawValue)))
            }

            let windows = run.records(ofType: "window").filter { $0["agent_count"] as? Int == agents }
            #expect(windows.filter { $0["event"] as? String == "start" }.count == 21)
            #expect(windows.filter { $0["event"] as? String == "end" }.count == 21)

            let conservation = run.records(ofType: "conservation").filter { $0["agent_count"] as? Int == agents }
            #expect(conservation.count == 21)
            for c in conservation {
                #expect(c["balanced"] as? Bool == true)
                // Health reports send no messages; the paired tests send two per iteration (the
                // operation and its paired send), the others one (shutdown: one per agent).
                let test = c["test_name"] as? String ?? ""
                let paired = TestName(rawValue: test)?.pairedOperation != nil
                let expected =
                    test == "health_integration" ? 0 : (test == "shutdown_integration" ? agents : paired ? 8 : 4)
                #expect(c["sent"] as? Int == expected, "\(c)")
            }
        }
        let end = try #require(run.records.last)
        #expect(end["samples"] as? Int == run.records(ofType: "sample").count)
        #expect(end["failures"] as? Int == 0)
        #expect(run.records(ofType: "partial").isEmpty)
    }

    @Test func samplesCarryTheOriginalFieldsAndAReading() throws {
        let run = try RecorderHarness.run()
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let samples = run.records(ofType: "sample")
        #expect(!samples.isEmpty)
        for s in samples {
            let timestamp = try #require(s["timestamp"] as? String)
            #expect(timestamp.count == 24 && timestamp.hasSuffix("Z"))
            #expect((s["elapsed_ms"] as? Double ?? -1) >= 0)
            // The monitor publishes a reading before the suite starts: never null.
            #expect(s["cpu_percent"] is Double || s["cpu_percent"] is Int)
            #expect((s["memory_mb"] as? Double ?? 0) > 0)
            let meta = try #require(s["metadata"] as? [String: Any])
            #expect((meta["run"] as? Int ?? 0) >= 1)
            #expect((meta["iteration"] as? Int ?? 0) >= 1)
            #expect(meta["warmup"] is Bool)
        }
    }

    @Test func windowsFollowTheBlockOrderAndSamplesLieInsideTheirWindow() throws {
        let run = try RecorderHarness.run()
        defer { try? FileManager.default.removeItem(at: run.directory) }
        var currentOrder: [String] = []
        var index = 0
        var open: String?
        for r in run.records {
            switch r["type"] as? String {
            case "block":
                currentOrder = r["order"] as? [String] ?? []
                index = 0
            case "window":
                let test = r["test_name"] as? String
                if r["event"] as? String == "start" {
                    #expect(open == nil)
                    #expect(test == currentOrder[index])
                    open = test
                } else {
                    #expect(open == test)
                    open = nil
                    index += 1
                }
            case "sample":
                #expect(r["test_name"] as? String == open)
            default: break
            }
        }
    }

    @Test func manifestDescribesHostConfigurationAndTarget() throws {
        let run = try RecorderHarness.run()
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let m = try #require(run.records.first)
        #expect(m["schema_version"] as? Int == Schema.version)
        let host = try #require(m["host"] as? [String: Any])
        #expect(!(host["hostname"] as? String ?? "").isEmpty)
        #expect((host["kernel"] as? String ?? "").hasPrefix("Linux"))
        #expect((host["cpu_count"] as? Int ?? 0) >= 1)
        #expect((host["memory_mb"] as? Double ?? 0) > 0)
        let config = try #require(m["config"] as? [String: Any])
        #expect(config["seed"] as? Int == 42)
        #expect(config["scale_levels"] as? [Int] == [1, 2])
        #expect((m["target"] as? [String: Any])?["kind"] as? String == "native")
    }

    @Test func blockOrderIsReproducibleFromTheSeed() throws {
        let a = try RecorderHarness.run()
        let b = try RecorderHarness.run()
        let c = try RecorderHarness.run { $0.seed = 43 }
        defer { for run in [a, b, c] { try? FileManager.default.removeItem(at: run.directory) } }
        let orders = { (r: RecordedRun) in r.records(ofType: "block").map { $0["order"] as? [String] ?? [] } }
        #expect(orders(a) == orders(b))
        #expect(orders(a) != orders(c))
        // The recorded order is the pure function of seed, scale, run and warm-up flag.
        for block in a.records(ofType: "block") {
            let expected = BlockOrder.order(
                seed: 42, agentCount: block["agent_count"] as! Int, run: block["run"] as! Int,
                warmup: block["warmup"] as! Bool)
            #expect(block["order"] as? [String] == expected.map(\.rawValue))
        }
    }

    @Test func blockOrdersVaryAcrossBlocks() {
        let orders = Set((1...20).map { BlockOrder.order(seed: 1, agentCount: 10, run: $0, warmup: false) })
        #expect(orders.count > 10)
        for order in orders { #expect(Set(order) == Set(TestName.standardSuite)) }
    }

    @Test func concurrentDriversRecordTheSameOperations() throws {
        let factory = FakeBusFactory()
        let run = try RecorderHarness.run(factory) {
            $0.concurrency = 3
            $0.scales = "2"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == 0)
        #expect(factory.store.busRoots.count == 3)
        var counts: [String: Int] = [:]
        for s in run.records(ofType: "sample") { counts["\(s["test_name"]!)/\(s["operation"]!)", default: 0] += 1 }
        #expect(counts == perWindow(2).mapValues { 3 * $0 })
        for c in run.records(ofType: "conservation") { #expect(c["balanced"] as? Bool == true) }
        // Each window's iterations are all there exactly once, whichever thread ran them.
        let sends = run.records(ofType: "sample").filter {
            $0["test_name"] as? String == "baseline" && $0["operation"] as? String == "message_send"
                && ($0["metadata"] as? [String: Any])?["run"] as? Int == 1
                && ($0["metadata"] as? [String: Any])?["warmup"] as? Bool == false
        }
        #expect(sends.compactMap { ($0["metadata"] as? [String: Any])?["iteration"] as? Int }.sorted() == [1, 2, 3, 4])
    }

    @Test func failingOperationsBecomeFailureRecordsNotSamples() throws {
        let factory = FakeBusFactory()
        factory.store.failing = ["reportHealth"]
        let run = try RecorderHarness.run(factory) { $0.scales = "1" }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == 0)
        let samples = run.records(ofType: "sample")
        #expect(!samples.contains { $0["operation"] as? String == "health_report" })
        // The full suite reports health every 10th iteration only, so 4 iterations never fail there.
        let failures = run.records(ofType: "failure")
        #expect(failures.count == 3 * 4)
        for f in failures {
            #expect(f["operation"] as? String == "health_report")
            #expect(f["reason"] as? String == "reportHealth failed on purpose")
            #expect(f["exit_code"] as? Int == 1)
            #expect(f["stderr_tail"] as? String == "boom")
        }
        #expect(run.records.last?["failures"] as? Int == 12)
        #expect(!run.records(ofType: "statistics").contains { $0["operation"] as? String == "health_report" })
    }

    @Test func busDirectoryIsPrivateAndRemoved() throws {
        let factory = FakeBusFactory()
        let run = try RecorderHarness.run(factory) {
            $0.scales = "1"
            $0.runs = 1
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        let root = try #require(factory.store.busRoots.first)
        #expect(root.hasPrefix(run.directory.path + "/overhead-bus."))
        #expect(!FileManager.default.fileExists(atPath: root))
    }
}
