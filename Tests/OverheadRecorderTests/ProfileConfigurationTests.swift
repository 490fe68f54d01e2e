import Testing

@testable import OverheadRecorder

/// `--profile`, `--profile-calls` and `--profile-out`.
struct ProfileConfigurationTests {
    private func resolve(_ args: [String]) throws -> RecorderConfiguration {
        try RecorderConfiguration.resolve(
            try RecorderOptions.parse(args), environment: [:], isDirectory: { $0 == "/dev/shm" }, randomSeed: { 1 })
    }

    @Test func theProfileGoesBesideTheResultsByDefault() throws {
        #expect(try resolve([]).profile == nil)
        let c = try resolve(["--profile", "--results", "/tmp/run.jsonl"])
        #expect(c.profile == ProfileSettings(calls: ProfileSettings.defaultCalls, path: "/tmp/run.profile.jsonl"))
        #expect(try resolve(["--profile", "--results", "/tmp/run.txt"]).profile?.path == "/tmp/run.txt.profile.jsonl")
        let set = try resolve(["--profile", "--profile-calls", "7", "--profile-out", "/tmp/p"])
        #expect(set.profile?.calls == 7 && set.profile?.path == "/tmp/p")
    }

    @Test func itsOptionsNeedTheFlagAndSaneValues() throws {
        for args in [
            ["--profile-calls", "5"], ["--profile-out", "/tmp/p"], ["--profile", "--profile-calls", "0"],
            ["--profile", "--results", "/tmp/r.jsonl", "--profile-out", "/tmp/r.jsonl"],
            ["--profile", "--perf-log", "/tmp/perf", "--profile-out", "/tmp/perf"],
        ] {
            #expect(throws: ConfigurationError.self, "\(args)") { try resolve(args) }
        }
    }
}
