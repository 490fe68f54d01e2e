import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// The whole suite at small scale through the shell target and the reference library: the same
/// records as for the embedded bus, a calibration, checksums in the manifest, and no failures.
@Suite(.serialized) struct ShellSuiteTests {
    /// Timed operations per window for 4 iterations, by "test/operation", at `agents` agents.
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
            // bash-timed recordings time a no-op call beside each added operation.
            "health_integration/call_floor": 4, "rate_limiting_integration/call_floor": 4,
        ]
    }

    private func record(concurrency: Int = 1) throws -> RecordedRun {
        let dir = try TestSupport.makeTemporaryDirectory("shell-suite")
        let config = try RecorderHarness.configuration(in: dir) { options in
            options.target = "shell"
            options.libraryDirectory = ShellTestBed.referenceLibrary
            options.concurrency = concurrency
        }
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: ShellTestBed.referenceLibrary, callTimeoutSeconds: 10, logDirectory: dir.path))
        factory.calibrationCalls = 50
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: factory, decide: nil, progressMode: .quiet, errors: { stderr.append($0) })
        return try RecorderHarness.read(dir, code: code, stderr: stderr.value)
    }

    @Test func theReferenceLibraryYieldsEveryRecordOfTheSuite() throws {
        let run = try record()
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(run.records.first?["type"] as? String == "manifest")
        #expect(run.records.last?["type"] as? String == "end")

        let target = try #require((run.records.first?["target"]) as? [String: Any])
        #expect(target["kind"] as? String == "shell")
        #expect(target["lib_dir"] as? String == ShellTestBed.referenceLibrary)
        let files = try #require(target["files"] as? [[String: Any]])
        #expect(files.count == 5)
        #expect(files.allSatisfy { ($0["sha256"] as? String)?.count == 64 })

        let calibration = try #require(run.records(ofType: "calibration").first)
        #expect((calibration["noop_median_ms"] as? Double ?? 0) > 0)
        #expect(calibration["count"] as? Int == 50)

        #expect(run.records(ofType: "failure").isEmpty, "\(run.records(ofType: "failure"))")
        for agents in [1, 2] {
            var counts: [String: Int] = [:]
            for s in run.records(ofType: "sample") where s["agent_count"] as? Int == agents {
                counts["\(s["test_name"]!)/\(s["operation"]!)", default: 0] += 1
            }
            #expect(counts == perWindow(agents).mapValues { 3 * $0 }, "agents=\(agents)")
            let conservation = run.records(ofType: "conservation").filter { $0["agent_count"] as? Int == agents }
            #expect(conservation.count == 21)
            for c in conservation {
                #expect(c["balanced"] as? Bool == true, "\(c)")
                let test = c["test_name"] as? String ?? ""
                let paired = TestName(rawValue: test)?.pairedOperation != nil
                let expected =
                    test == "health_integration" ? 0 : (test == "shutdown_integration" ? agents : paired ? 8 : 4)
                #expect(c["sent"] as? Int == expected, "\(c)")
            }
            // Shutdown windows drain the one message prepared per agent.
            for c in conservation where c["test_name"] as? String == "shutdown_integration" {
                #expect(c["drained"] as? Int == agents, "\(c)")
            }
        }
        // The reference library writes nothing to stderr when nothing goes wrong: the recorder's own
        // clean-up no longer asks shut-down agents for messages.
        let log = run.directory.appendingPathComponent("shell-target.stderr.log").path
        #expect(FileManager.default.fileExists(atPath: log))
        #expect((try? String(contentsOfFile: log, encoding: .utf8)) == "")
        #expect(run.records(ofType: "end").first?["library_stderr"] == nil)
    }

    @Test func twoDriverThreadsShareTheBusWithoutLosingMessages() throws {
        let run = try record(concurrency: 2)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(run.records(ofType: "failure").isEmpty, "\(run.records(ofType: "failure"))")
        let conservation = run.records(ofType: "conservation")
        #expect(conservation.count == 42)
        for c in conservation { #expect(c["balanced"] as? Bool == true, "\(c)") }
        #expect(
            FileManager.default.fileExists(
                atPath: run.directory.appendingPathComponent("shell-target.2.stderr.log").path))
    }
}
