extension RecorderConfiguration {
    /// `--profile` with its `--profile-calls` and `--profile-out`; those two alone are an error.
    static func profileSettings(_ o: RecorderOptions, results: String, perfLog: String) throws -> ProfileSettings? {
        guard o.profile else {
            if let calls = o.profileCalls {
                throw ConfigurationError(
                    setting: "--profile-calls", value: String(calls), problem: "only used with --profile")
            }
            if let out = o.profileOut {
                throw ConfigurationError(setting: "--profile-out", value: out, problem: "only used with --profile")
            }
            return nil
        }
        let calls = try positive(o.profileCalls ?? ProfileSettings.defaultCalls, "--profile-calls")
        let path = try path(o.profileOut, "--profile-out") ?? ProfileSettings.defaultPath(results: results)
        guard path != results, path != perfLog else {
            throw ConfigurationError(
                setting: "--profile-out", value: path,
                problem: "is the \(path == results ? "results file" : "perf log")")
        }
        return ProfileSettings(calls: calls, path: path)
    }
}
