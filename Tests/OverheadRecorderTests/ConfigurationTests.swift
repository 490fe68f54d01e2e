import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

@Suite struct ConfigurationTests {
    private func resolve(
        _ args: [String], env: [String: String] = [:],
        directories: Set<String> = ["/dev/shm"]
    ) throws -> RecorderConfiguration {
        let options = try RecorderOptions.parse(args)
        return try RecorderConfiguration.resolve(
            options, environment: env, isDirectory: { directories.contains($0) },
            randomSeed: { 99 })
    }

    @Test func defaultsAreTheOriginals() throws {
        let c = try resolve([])
        #expect(c.run.scaleLevels == [1, 10, 100])
        #expect(c.run.iterations == 100)
        #expect(c.run.statisticalRuns == 5)
        #expect(c.run.warmupRuns == 1)
        #expect(c.run.concurrency == 1)
        #expect(c.run.sampleIntervalSeconds == 1)
        #expect(c.run.timeoutSeconds == nil)
        #expect(c.run.latencyRegressionThresholdMs == nil)
        #expect(c.run.seed == 99)
        #expect(c.run.targetOverheadPercent == 1)
        #expect(c.run.confidence == 0.95)
        #expect(c.resultsPath == "/dev/shm/phase1-overhead-results.jsonl")
        #expect(c.perfLogPath == "/dev/shm/phase1-overhead-perf.log")
        #expect(c.busParent == "/dev/shm")
        #expect(c.target == .native)
    }

    @Test func environmentVariablesAreRead() throws {
        let c = try resolve(
            [],
            env: [
                "BENCHMARK_ITERATIONS": "50", "SCALE_LEVELS": "1 10 50 100", "STATISTICAL_RUNS": "3",
                "BENCHMARK_RESULTS_FILE": "/tmp/r.jsonl", "PERF_LOG": "/tmp/p.log",
                "BENCHMARK_TIMEOUT": "90", "LATENCY_REGRESSION_THRESHOLD": "2.5",
            ])
        #expect(c.run.iterations == 50)
        #expect(c.run.scaleLevels == [1, 10, 50, 100])
        #expect(c.run.statisticalRuns == 3)
        #expect(c.resultsPath == "/tmp/r.jsonl")
        #expect(c.perfLogPath == "/tmp/p.log")
        #expect(c.run.timeoutSeconds == 90)
        #expect(c.run.latencyRegressionThresholdMs == 2.5)
    }

    @Test func aFlagWinsOverItsVariable() throws {
        let c = try resolve(
            ["--iterations", "7", "--scales", "2,4", "--runs", "9", "--results", "/tmp/a", "--timeout", "5"],
            env: [
                "BENCHMARK_ITERATIONS": "50", "SCALE_LEVELS": "1 10", "STATISTICAL_RUNS": "3",
                "BENCHMARK_RESULTS_FILE": "/tmp/r.jsonl", "BENCHMARK_TIMEOUT": "90",
            ])
        #expect(c.run.iterations == 7)
        #expect(c.run.scaleLevels == [2, 4])
        #expect(c.run.statisticalRuns == 9)
        #expect(c.resultsPath == "/tmp/a")
        #expect(c.run.timeoutSeconds == 5)
    }

    @Test func quickPresetBeatsVariablesButNotExplicitFlags() throws {
        let quick = try resolve(["--quick"], env: ["BENCHMARK_ITERATIONS": "500"])
        #expect(quick.run.scaleLevels == [1, 3])
        #expect(quick.run.iterations == 20)
        #expect(quick.run.statisticalRuns == 2)
        let mixed = try resolve(["--quick", "--iterations", "11"])
        #expect(mixed.run.iterations == 11)
        #expect(mixed.run.scaleLevels == [1, 3])
    }

    @Test(
        arguments: [
            (["--scales", "1 x"], [String: String](), "--scales"),
            ([], ["SCALE_LEVELS": "1 x"], "SCALE_LEVELS"),
            ([], ["SCALE_LEVELS": "1 1"], "SCALE_LEVELS"),
            ([], ["BENCHMARK_ITERATIONS": "0"], "BENCHMARK_ITERATIONS"),
            ([], ["STATISTICAL_RUNS": "-2"], "STATISTICAL_RUNS"),
            ([], ["BENCHMARK_TIMEOUT": "soon"], "BENCHMARK_TIMEOUT"),
            ([], ["LATENCY_REGRESSION_THRESHOLD": "0"], "LATENCY_REGRESSION_THRESHOLD"),
            (["--iterations", "0"], [:], "--iterations"),
            (["--concurrency", "0"], [:], "--concurrency"),
            (["--sample-interval", "0"], [:], "--sample-interval"),
            (["--confidence", "1.5"], [:], "--confidence"),
            (["--target", "python"], [:], "--target"),
            (["--target", "shell", "--lib", "/x", "--lib-file", "metrics"], [:], "--lib-file"),
            (["--lib", "/x"], [:], "--lib"),
            (["--bus-dir", "/does/not/exist"], [:], "--bus-dir"),
            (["--runs", "5", "--max-runs", "3"], [:], "--max-runs"),
        ] as [([String], [String: String], String)])
    func invalidValuesNameTheSetting(args: [String], env: [String: String], setting: String) throws {
        let error = try #require(throws: ConfigurationError.self) { try resolve(args, env: env) }
        #expect(error.setting == setting)
        #expect(error.description.contains(setting))
    }

    @Test func busDirectoryFallsBackToTMPDIRWithoutDevShm() throws {
        #expect(try resolve([], env: ["TMPDIR": "/scratch"], directories: ["/scratch"]).busParent == "/scratch")
        #expect(try resolve([], env: [:], directories: []).busParent == "/tmp")
        #expect(try resolve(["--bus-dir", "/mnt"], directories: ["/mnt", "/dev/shm"]).busParent == "/mnt")
    }

    @Test func shellOptionsParse() throws {
        let c = try resolve([
            "--target", "shell", "--lib", "/opt/lib", "--lib-file", "metrics=/x/m.sh",
            "--lib-file", "health=/y/h.sh", "--call-timeout", "2.5",
        ])
        #expect(c.target == .shell)
        #expect(c.libraryDirectory == "/opt/lib")
        #expect(c.libraryFiles == ["metrics": "/x/m.sh", "health": "/y/h.sh"])
        #expect(c.callTimeoutSeconds == 2.5)
    }

    @Test func fractionalSampleIntervalAndConcurrency() throws {
        let c = try resolve([
            "--sample-interval", "0.25", "--concurrency", "4", "--seed", "123", "--warmup-runs", "0",
            "--until-decided", "--max-runs", "20", "--target-overhead", "0.5", "--confidence", "0.9",
        ])
        #expect(c.run.sampleIntervalSeconds == 0.25)
        #expect(c.run.concurrency == 4)
        #expect(c.run.seed == 123)
        #expect(c.run.warmupRuns == 0)
        #expect(c.run.untilDecided)
        #expect(c.maxRuns == 20)
        #expect(c.run.targetOverheadPercent == 0.5)
        #expect(c.run.confidence == 0.9)
    }

    @Test func commandLineErrorsExitTwoAndWriteNothing() throws {
        let dir = try TestSupport.makeTemporaryDirectory("recorder-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl").path
        for (args, env) in [
            (["--bogus"], [String: String]()), (["--results", results], ["SCALE_LEVELS": "1 x"]),
            (["--results", results, "--iterations", "abc"], [:]),
        ] {
            let errors = StringBox()
            let code = RecorderCommand.main(args, environment: env, output: { _ in }, errors: { errors.append($0) })
            #expect(code == RecorderExitCode.usage)
            #expect(errors.value.contains("error"))
            #expect(!FileManager.default.fileExists(atPath: results))
        }
    }

    @Test func shellTargetWithoutLibrariesIsAUsageError() throws {
        let dir = try TestSupport.makeTemporaryDirectory("recorder-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("r.jsonl").path
        let errors = StringBox()
        let code = RecorderCommand.main(
            ["--target", "shell", "--results", results], environment: [:],
            output: { _ in }, errors: { errors.append($0) })
        #expect(code == RecorderExitCode.usage)
        #expect(errors.value.contains("--lib"))
        #expect(!FileManager.default.fileExists(atPath: results))
    }

    @Test func helpExitsZero() {
        let out = StringBox()
        #expect(RecorderCommand.main(["--help"], environment: [:], output: { out.append($0) }, errors: { _ in }) == 0)
        #expect(out.value.contains("BENCHMARK_ITERATIONS"))
        #expect(out.value.contains("--until-decided"))
        #expect(out.value.contains("Examples:"))
    }

    @Test func versionPrintsTheToolVersion() {
        let out = StringBox()
        #expect(
            RecorderCommand.main(["--version"], environment: [:], output: { out.append($0) }, errors: { _ in }) == 0)
        #expect(out.value == Schema.toolVersion + "\n")
    }
}
