import Testing

@testable import OverheadRecorder

@Suite struct SUTConfigurationTests {
    func resolve(_ args: [String], environment: [String: String] = [:]) throws -> RecorderConfiguration {
        try RecorderConfiguration.resolve(
            try RecorderOptions.parse(args), environment: environment, isDirectory: { _ in true },
            randomSeed: { 1 })
    }

    @Test func theFullDefaultSuiteSoaksAndAShapedOneDoesNot() throws {
        #expect(try resolve([]).sut.soakSeconds == SUTDefaults.soakSeconds)
        #expect(SUTDefaults.soakSeconds >= 60)
        #expect(try resolve(["--quick"]).sut.soakSeconds == 0)
        #expect(try resolve(["--iterations", "5"]).sut.soakSeconds == 0)
        #expect(try resolve([], environment: ["SCALE_LEVELS": "1"]).sut.soakSeconds == 0)
        #expect(try resolve(["--quick", "--soak", "5"]).sut.soakSeconds == 5)
        #expect(try resolve(["--soak", "0"]).sut.soakSeconds == 0)
        #expect(try resolve([], environment: ["BENCHMARK_SOAK": "12.5"]).sut.soakSeconds == 12.5)
        #expect(throws: ConfigurationError.self) { try resolve(["--soak=-1"]) }
    }

    @Test func intervalsComeFromFlagsThenVariablesThenTheOriginalsDefaults() throws {
        let d = try resolve([]).sut
        #expect(d.intervals == BackgroundIntervals())
        #expect(d.intervals.liveness == 5 && d.intervals.inboxOverflow == 5 && d.intervals.dynamicRateLimit == 10)
        let v = try resolve(
            ["--liveness-interval", "2"], environment: ["LIVENESS_PROBE_INTERVAL": "3", "ALERTING_INTERVAL": "7"]
        ).sut
        #expect(v.intervals.liveness == 2 && v.intervals.alerting == 7)
        #expect(throws: ConfigurationError.self) { try resolve(["--rate-limit-monitor-interval", "0"]) }
        let workers = try resolve([]).sut.workers(shell: false)
        #expect(
            workers.map(\.name) == [
                "liveness_probe", "inbox_overflow_monitor", "dynamic_rate_limit_monitor", "alerting",
            ])
        #expect(try resolve(["--no-background"]).sut.workers(shell: true).isEmpty)
    }

    @Test func backgroundFunctionsAreForTheShellTargetOnly() throws {
        let shell = try resolve([
            "--target", "shell", "--lib", "x", "--background", "my_loop 3", "--background-per-agent", "probe",
        ]).sut
        #expect(shell.extraWorkers.map(\.command) == [["my_loop", "3"], ["probe"]])
        #expect(shell.extraWorkers.map(\.perAgent) == [false, true])
        #expect(shell.workers(shell: true).count == 6)
        #expect(throws: ConfigurationError.self) { try resolve(["--background", "my_loop"]) }
        #expect(throws: ConfigurationError.self) {
            try resolve(["--target", "shell", "--lib", "x", "--background", "1bad"])
        }
    }
}
