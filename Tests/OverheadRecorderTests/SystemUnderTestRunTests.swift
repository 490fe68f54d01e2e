import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// Background workers, the system-under-test fields of the perf log and the soak phase, end to end
/// on the embedded bus and on the reference bash library (seconds-long soaks, short intervals).
@Suite(.serialized) struct SystemUnderTestRunTests {
    static func shortSoak(_ o: inout RecorderOptions) {
        o.sut.soak = 2
        o.sut.soakSampleInterval = 0.1
        o.sut.livenessInterval = 0.2
        o.sut.inboxOverflowInterval = 0.2
        o.sut.rateLimitMonitorInterval = 0.3
        o.sut.alertingInterval = 0.2
    }

    /// The soak lines' values of `name` (`cpu:liveness_probe`, `sut_bg_cpu`, …).
    static func values(_ run: RecordedRun, _ name: String) -> [Double] {
        run.perfLines.filter { $0.hasSuffix("phase=soak") }.compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix(name + "=") }.flatMap {
                Double($0.dropFirst(name.count + 1))
            }
        }
    }

    @Test func theEmbeddedBusRunsItsWorkersAndSoaks() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-native")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = try RecorderHarness.configuration(in: dir, Self.shortSoak)
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: NativeBusTargetFactory(), decide: nil, progressMode: .quiet,
            errors: { stderr.append($0) })
        let run = try RecorderHarness.read(dir, code: code, stderr: stderr.value)
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")

        let manifest = try #require(run.records.first)
        let workers = try #require(manifest["background_workers"] as? [[String: Any]])
        #expect(
            workers.map { $0["name"] as? String } == [
                "liveness_probe", "inbox_overflow_monitor", "dynamic_rate_limit_monitor", "alerting",
            ])
        #expect(workers.allSatisfy { $0["command"] as? String == "native" })
        #expect(workers.first?["interval_s"] as? Double == 0.2)
        let soak = try #require(manifest["soak"] as? [String: Any])
        #expect(soak["duration_s"] as? Double == 2)
        #expect(soak["agent_count"] as? Int == 2)

        // Every line carries the system under test's fields; the soak's are dense.
        #expect(run.perfLines.allSatisfy { $0.contains(" sut_cpu=") && $0.contains(" bus_mb=") })
        let soakLines = run.perfLines.filter { $0.hasSuffix("phase=soak") }
        #expect(soakLines.count >= 8, "\(run.perfLines)")
        #expect(Self.values(run, "cpu:liveness_probe").reduce(0, +) > 0)
        #expect(Self.values(run, "cpu:alerting").count == soakLines.count)
        #expect(soakLines.contains { $0.contains(" mb:metrics/metrics.jsonl=") })
        // The bus directory's owner file is the recorder's, not the bus's.
        #expect(!run.perfLines.contains { $0.contains("mb:.owner") })
    }

    @Test func theReferenceLibrarysBackgroundFunctionsRunAndLeaveNothing() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-shell")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Self.recordShell(in: dir, library: ShellTestBed.referenceLibrary) { _ in }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let manifest = try #require(run.records.first)
        let workers = try #require(manifest["background_workers"] as? [[String: Any]])
        #expect(
            workers.map { $0["command"] as? String }
                == ["start_liveness_probe", "monitor_inbox_overflow", "monitor_dynamic_rate_limit", "monitor_alerts"])
        #expect(workers.first?["per_agent"] as? Bool == true)
        // The liveness probes ran (bash, report_health, sleep: at 0.2 s, 2 agents, about 10 rounds each).
        #expect(Self.values(run, "cpu:liveness_probe").reduce(0, +) > 0, "\(run.perfLines.suffix(3))")
        #expect(Self.values(run, "sut_rss_mb").allSatisfy { $0 > 1 })
        #expect(run.perfLines.contains { $0.contains("mb:health/*/status.json=") })
        Self.expectNoBackgroundProcess()
    }

    @Test func aBackgroundFlagRunsAFunctionAndNamesItsCPU() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-burn")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: ShellTestBed.referenceLibrary)
        where file.hasSuffix(".sh") {
            try FileManager.default.copyItem(
                atPath: ShellTestBed.referenceLibrary + "/" + file, toPath: library.appendingPathComponent(file).path)
        }
        let health = library.appendingPathComponent("health.sh")
        let text = try String(contentsOf: health, encoding: .utf8) + "\nburn_cpu() { while :; do :; done; }\n"
        try text.write(to: health, atomically: true, encoding: .utf8)
        let run = try Self.recordShell(in: dir, library: library.path) { o in
            o.sut.noBackground = false
            o.sut.background = ["burn_cpu"]
        }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let burn = Self.values(run, "cpu:burn_cpu")
        #expect(!burn.isEmpty)
        // A busy loop: most of a core over the soak (a loaded machine gives it less, never almost none).
        #expect(burn.reduce(0, +) / Double(burn.count) > 20, "\(burn)")
        let bg = Self.values(run, "sut_bg_cpu")
        #expect(zip(bg, burn).allSatisfy { $0 + 0.01 >= $1 })
        Self.expectNoBackgroundProcess()
    }

    static func recordShell(in dir: URL, library: String, _ adjust: (inout RecorderOptions) -> Void) throws
        -> RecordedRun
    {
        let config = try RecorderHarness.configuration(in: dir) { o in
            o.target = "shell"
            o.libraryDirectory = library
            o.iterations = 2
            o.runs = 1
            o.warmupRuns = 0
            shortSoak(&o)
            adjust(&o)
        }
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: library, callTimeoutSeconds: 10, logDirectory: dir.path))
        factory.calibrationCalls = 5
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: factory, decide: nil, progressMode: .quiet, errors: { stderr.append($0) })
        return try RecorderHarness.read(dir, code: code, stderr: stderr.value)
    }

    /// No worker bash is left once a run returned (in-process: nothing but the workers' own stop ended them).
    static func expectNoBackgroundProcess() {
        let left = ProcessTable.all().filter { entry in
            guard entry.state != UInt8(ascii: "Z"),
                let cmdline = ProcessTable.readSmallFile("/proc/\(entry.pid)/cmdline", limit: 4096)
            else { return false }
            return String(decoding: cmdline, as: UTF8.self).contains("overhead-background-")
        }
        #expect(left.isEmpty, "\(left)")
    }
}
