import Foundation
import OverheadAnalysis
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
        // Every soak line is taken with the workers running: none while they stop at its end.
        let probes = Self.values(run, "mem:liveness_probe")
        #expect(!probes.isEmpty && probes.allSatisfy { $0 > 0 }, "\(probes)")
        #expect(run.perfLines.contains { $0.contains("mb:health/*/status.json=") })
        Self.expectNoBackgroundProcess(of: dir.path)
    }

    @Test func aBackgroundFlagRunsAFunctionAndNamesItsCPU() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-burn")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = try Self.libraryCopy(in: dir, adding: "burn_cpu() { while :; do :; done; }")
        let run = try Self.recordShell(in: dir, library: library) { o in
            o.sut.noBackground = false
            o.sut.background = ["burn_cpu"]
        }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let burn = Self.values(run, "cpu:burn_cpu")
        #expect(!burn.isEmpty)
        // A busy loop: most of a core on an idle machine; a loaded one (tests run in parallel) gives it
        // less, but far more than the reference library's workers use.
        #expect(burn.reduce(0, +) / Double(burn.count) > 2, "\(burn)")
        let bg = Self.values(run, "sut_bg_cpu")
        #expect(zip(bg, burn).allSatisfy { $0 + 0.01 >= $1 })
        Self.expectNoBackgroundProcess(of: dir.path)
    }

    @Test func aBackgroundFunctionGrowingABashArrayFailsMemoryGrowthAndIsNamed() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-grow")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = try Self.libraryCopy(
            in: dir,
            adding: """
                grow_array() {
                    local -a kept=()
                    local chunk
                    printf -v chunk '%1048576s' ''
                    while :; do kept+=("$chunk"); sleep 0.25; done
                }
                """)
        let run = try Self.recordShell(in: dir, library: library) { o in
            o.sut.noBackground = false
            o.sut.background = ["grow_array"]
            o.sut.soak = 3
        }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        // The soak's warm-up lines come first and are not the soak's.
        #expect(run.perfLines.contains { $0.hasSuffix("phase=soak_warmup") })
        let recording = try RecordingReader.read(
            resultsFiles: [run.resultsPath], perfLogs: [dir.appendingPathComponent("perf.log").path],
            options: ReadOptions())
        // A soak of seconds: growth judged over it (the 60 s span is the default's, not the method's).
        let result = try Analyzer.analyze(recording, options: AnalysisOptions(minimumGrowthSpanSeconds: 0))
        let memory = try #require(result.criteria.first { $0.id == "memory_stable" && $0.agentCount == nil })
        // 1 MB every 0.25 s: about 240 MB/min (a forking `sleep` briefly shares the array's pages).
        #expect(memory.verdict == .fail, "\(memory.basis) \(String(describing: memory.measured))")
        #expect(
            memory.notes.contains {
                if case .growingComponent(let name, _) = $0 { name == "grow_array" } else { false }
            }, "\(memory.notes)")
        Self.expectNoBackgroundProcess(of: dir.path)
    }

    /// A copy of the reference library in `dir/lib` with `function` appended to its health file.
    static func libraryCopy(in dir: URL, adding function: String) throws -> String {
        let library = dir.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: ShellTestBed.referenceLibrary)
        where file.hasSuffix(".sh") {
            try FileManager.default.copyItem(
                atPath: ShellTestBed.referenceLibrary + "/" + file, toPath: library.appendingPathComponent(file).path)
        }
        let health = library.appendingPathComponent("health.sh")
        let text = try String(contentsOf: health, encoding: .utf8) + "\n" + function + "\n"
        try text.write(to: health, atomically: true, encoding: .utf8)
        return library.path
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

    /// No worker bash of the run in `directory` is left once the run returned (in-process: nothing
    /// but the workers' own stop ended them). Other tests' workers, running meanwhile, do not count.
    static func expectNoBackgroundProcess(of directory: String) {
        let left = backgroundWorkers(of: directory)
        #expect(left.isEmpty, "\(left)")
    }

    /// Live background-worker processes whose environment names `directory` (their bus is under it).
    static func backgroundWorkers(of directory: String) -> [pid_t] {
        ProcessTable.all().filter { entry in
            guard entry.state != UInt8(ascii: "Z"),
                let cmdline = ProcessTable.readSmallFile("/proc/\(entry.pid)/cmdline", limit: 65536),
                String(decoding: cmdline, as: UTF8.self).contains("overhead-background-"),
                let environment = ProcessTable.readSmallFile("/proc/\(entry.pid)/environ", limit: 1 << 20)
            else { return false }
            return String(decoding: environment, as: UTF8.self).contains(directory)
        }.map(\.pid)
    }
}

@Suite struct ShellBackgroundWorkerTests {
    @Test func aWorkerKilledWithItsGroupIsStartedAgainAndStoppedForGood() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-restart")
        defer { try? FileManager.default.removeItem(at: dir) }
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: ShellTestBed.referenceLibrary, callTimeoutSeconds: 10, logDirectory: dir.path))
        let target = try factory.makeTarget(busRoot: dir.path, name: "driver-1", logName: "d.log")
        defer { target.close() }
        for agent in ["agent-1", "agent-2"] { try target.initAgent(agent) }
        var intervals = BackgroundIntervals()
        intervals.liveness = 0.2
        let spec = BackgroundWorkerSpec.builtIn(intervals)[0]
        let workers = ShellBackgroundWorkers(
            specs: [spec], driver: target, stderrLog: dir.appendingPathComponent("bg.log").path,
            readyTimeoutSeconds: 10)
        workers.run(layers: [.health], agents: ["agent-1", "agent-2"])
        let first = try #require(workers.process(of: spec.name))
        #expect(kill(first, SIGKILL) == 0)
        usleep(100_000)
        workers.run(layers: [.health], agents: ["agent-1", "agent-2"])
        let second = try #require(workers.process(of: spec.name))
        #expect(second != first)
        #expect(kill(second, 0) == 0)
        usleep(500_000)  // the probes report (0.2 s interval)
        #expect(
            workers.componentCPU()[0].ns > 0 || FileManager.default.fileExists(atPath: dir.path + "/health/agent-1"))
        workers.run(layers: [], agents: ["agent-1", "agent-2"])  // a window without the layer
        #expect(workers.process(of: spec.name) == nil)
        #expect(SystemUnderTestRunTests.backgroundWorkers(of: dir.path).isEmpty)
    }
}
