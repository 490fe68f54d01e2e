import OverheadFormat

extension RecorderConfiguration {
    /// Combines flags, environment variables and defaults (flag > `--quick` preset > variable > default)
    /// and checks every value. Pure: the file system check and the random seed are passed in.
    ///
    /// - Parameters:
    ///   - o: the parsed flags.
    ///   - env: the process environment (the original's variables, TMPDIR).
    ///   - isDirectory: whether a path is an existing directory (for the /dev/shm fallback).
    ///   - randomSeed: the seed used when neither `--seed` is given.
    public static func resolve(
        _ o: RecorderOptions, environment env: [String: String],
        isDirectory: (String) -> Bool, randomSeed: () -> UInt64
    ) throws -> RecorderConfiguration {
        func variable(_ v: EnvironmentVariable) -> String? {
            guard let raw = env[v.rawValue] else { return nil }
            let trimmed = raw.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        }

        let iterations: Int
        let iterationsSource: IterationsSource
        if let flag = o.iterations {
            iterations = try positive(flag, "--iterations")
            iterationsSource = .flag
        } else if o.quick {
            iterations = RecorderDefaults.quickIterations
            iterationsSource = .quick
        } else if let s = variable(.iterations) {
            iterations = try positiveInt(s, EnvironmentVariable.iterations.rawValue)
            iterationsSource = .environment
        } else {
            // The pilot replaces this with enough iterations for the minimum window (`Recorder`).
            iterations = RecorderDefaults.iterations
            iterationsSource = .default
        }
        let minimumWindow = try positiveSeconds(
            o.minWindowMs ?? RecorderDefaults.minimumWindowMs, "--min-window-ms")

        let scales: [Int]
        if let flag = o.scales {
            scales = try scaleLevels(flag, "--scales")
        } else if o.quick {
            scales = RecorderDefaults.quickScaleLevels
        } else if let s = variable(.scaleLevels) {
            scales = try scaleLevels(s, EnvironmentVariable.scaleLevels.rawValue)
        } else {
            scales = RecorderDefaults.scaleLevels
        }

        let runs: Int
        if let flag = o.runs {
            runs = try positive(flag, "--runs")
        } else if o.quick {
            runs = RecorderDefaults.quickStatisticalRuns
        } else if let s = variable(.statisticalRuns) {
            runs = try positiveInt(s, EnvironmentVariable.statisticalRuns.rawValue)
        } else {
            runs = RecorderDefaults.statisticalRuns
        }

        let results = try path(o.results, "--results") ?? variable(.resultsFile) ?? RecorderDefaults.resultsPath
        let perfLog = try path(o.perfLog, "--perf-log") ?? variable(.perfLog) ?? RecorderDefaults.perfLogPath
        if results == perfLog {
            throw ConfigurationError(
                setting: "--perf-log", value: perfLog, problem: "must differ from the results file")
        }

        let timeout: Double?
        if let flag = o.timeout {
            timeout = try positiveSeconds(flag, "--timeout")
        } else if let s = variable(.timeout) {
            timeout = try positiveSeconds(s, EnvironmentVariable.timeout.rawValue)
        } else {
            timeout = nil
        }

        let latency: Double?
        if let flag = o.latencyThreshold {
            latency = try positiveSeconds(flag, "--latency-threshold")
        } else if let s = variable(.latencyThreshold) {
            latency = try positiveSeconds(s, EnvironmentVariable.latencyThreshold.rawValue)
        } else {
            latency = nil
        }

        let concurrency = try positive(o.concurrency ?? RecorderDefaults.concurrency, "--concurrency")
        if concurrency > 256 {
            throw ConfigurationError(
                setting: "--concurrency", value: String(concurrency), problem: "at most 256 threads")
        }
        let interval = try positiveSeconds(
            o.sampleInterval ?? RecorderDefaults.sampleIntervalSeconds, "--sample-interval")
        if interval < 0.01 {
            throw ConfigurationError(
                setting: "--sample-interval", value: String(interval), problem: "must be at least 0.01 s")
        }
        let warmup = o.warmupRuns ?? RecorderDefaults.warmupRuns
        if warmup < 0 {
            throw ConfigurationError(setting: "--warmup-runs", value: String(warmup), problem: "must be 0 or more")
        }
        let targetOverhead = try positiveSeconds(
            o.targetOverhead ?? RecorderDefaults.targetOverheadPercent, "--target-overhead")
        let confidence = o.confidence ?? RecorderDefaults.confidence
        guard confidence > 0, confidence < 1 else {
            throw ConfigurationError(
                setting: "--confidence", value: String(confidence), problem: "must be between 0 and 1, exclusive")
        }
        let maxRuns = try positive(o.maxRuns ?? max(RecorderDefaults.maxRuns, runs), "--max-runs")
        if maxRuns < runs {
            throw ConfigurationError(
                setting: "--max-runs", value: String(maxRuns),
                problem: "must be at least the number of runs (\(runs))")
        }

        let busParent: String
        if let flag = try path(o.busDir, "--bus-dir") {
            guard isDirectory(flag) else {
                throw ConfigurationError(setting: "--bus-dir", value: flag, problem: "not an existing directory")
            }
            busParent = flag
        } else if isDirectory(RecorderDefaults.busParent) {
            busParent = RecorderDefaults.busParent
        } else if let tmp = env["TMPDIR"], !tmp.isEmpty, isDirectory(tmp) {
            busParent = tmp
        } else {
            busParent = RecorderDefaults.lastResortBusParent
        }

        let target: TargetKind
        if let t = o.target {
            guard let kind = TargetKind(rawValue: t) else {
                throw ConfigurationError(setting: "--target", value: t, problem: "must be native or shell")
            }
            target = kind
        } else {
            target = RecorderDefaults.target
        }

        var files: [String: String] = [:]
        for spec in o.libraryFiles {
            guard let eq = spec.firstIndex(of: "="), eq != spec.startIndex, spec.index(after: eq) != spec.endIndex
            else {
                throw ConfigurationError(setting: "--lib-file", value: spec, problem: "expected NAME=PATH")
            }
            files[String(spec[..<eq])] = String(spec[spec.index(after: eq)...])
        }
        let libDir = try path(o.libraryDirectory, "--lib")
        if target == .native && (libDir != nil || !files.isEmpty) {
            throw ConfigurationError(
                setting: libDir != nil ? "--lib" : "--lib-file", value: libDir ?? o.libraryFiles[0],
                problem: "only used with --target shell")
        }
        let callTimeout = try positiveSeconds(o.callTimeout ?? RecorderDefaults.callTimeoutSeconds, "--call-timeout")

        let run = RunConfiguration(
            iterations: iterations, scaleLevels: scales, statisticalRuns: runs, warmupRuns: warmup,
            concurrency: concurrency, sampleIntervalSeconds: interval, timeoutSeconds: timeout,
            latencyRegressionThresholdMs: latency, seed: o.seed ?? randomSeed(),
            targetOverheadPercent: targetOverhead, confidence: confidence, untilDecided: o.untilDecided)
        var config = RecorderConfiguration(
            run: run, resultsPath: results, perfLogPath: perfLog, busParent: busParent, maxRuns: maxRuns,
            quiet: o.quiet, target: target, libraryDirectory: libDir, libraryFiles: files,
            callTimeoutSeconds: callTimeout)
        config.strictPlan = o.strictPlan
        config.profile = try profileSettings(o, results: results, perfLog: perfLog)
        let suiteShaped =
            o.quick || o.iterations != nil || o.scales != nil || o.runs != nil || variable(.iterations) != nil
            || variable(.scaleLevels) != nil || variable(.statisticalRuns) != nil
        config.sut = try resolveSUT(o.sut, suiteShaped: suiteShaped, shell: target == .shell, environment: env)
        config.run.iterationsSource = iterationsSource
        if iterationsSource == .default { config.minimumWindowMs = minimumWindow }
        if let ns = o.syntheticLayerNs {
            guard ns >= 0, ns <= RecorderDefaults.maximumSyntheticLayerNs else {
                throw ConfigurationError(
                    setting: "--synthetic-layer-ns", value: String(ns),
                    problem: "must be from 0 to \(RecorderDefaults.maximumSyntheticLayerNs)")
            }
            guard target == .native else {
                throw ConfigurationError(
                    setting: "--synthetic-layer-ns", value: String(ns),
                    problem: "only used with --target native (a shell target times its calls inside bash)")
            }
            config.run.syntheticLayerNs = ns
        }
        return config
    }

    // MARK: - Value parsing, each error naming the setting

    static func positive(_ n: Int, _ setting: String) throws -> Int {
        guard n > 0 else {
            throw ConfigurationError(setting: setting, value: String(n), problem: "must be a positive whole number")
        }
        return n
    }

    static func positiveInt(_ s: String, _ setting: String) throws -> Int {
        guard let n = Int(s), n > 0 else {
            throw ConfigurationError(setting: setting, value: s, problem: "must be a positive whole number")
        }
        return n
    }

    static func positiveSeconds(_ s: String, _ setting: String) throws -> Double {
        guard let v = Double(s) else {
            throw ConfigurationError(setting: setting, value: s, problem: "must be a positive number")
        }
        return try positiveSeconds(v, setting)
    }

    static func positiveSeconds(_ v: Double, _ setting: String) throws -> Double {
        guard v.isFinite, v > 0 else {
            throw ConfigurationError(setting: setting, value: String(v), problem: "must be a positive number")
        }
        return v
    }

    /// `"1 10 100"` or `"1,10,100"`: positive agent counts, no duplicates, at most 10 000 each.
    /// Blanks may repeat, but every comma must separate two counts: `"1,,3"` or `"1,3,"` is an error.
    static func scaleLevels(_ s: String, _ setting: String) throws -> [Int] {
        let items = s.split(separator: ",", omittingEmptySubsequences: false)
        if items.count > 1, items.contains(where: { $0.allSatisfy { $0 == " " || $0 == "\t" } }) {
            throw ConfigurationError(
                setting: setting, value: s, problem: "empty item between commas (each comma must separate two counts)")
        }
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        guard !parts.isEmpty else {
            throw ConfigurationError(setting: setting, value: s, problem: "needs at least one agent count")
        }
        var levels: [Int] = []
        for p in parts {
            guard let n = Int(p), n > 0, n <= 10_000 else {
                throw ConfigurationError(
                    setting: setting, value: s,
                    problem: "\"\(p)\" is not an agent count (a whole number from 1 to 10000)")
            }
            guard !levels.contains(n) else {
                throw ConfigurationError(setting: setting, value: s, problem: "agent count \(n) is listed twice")
            }
            levels.append(n)
        }
        return levels
    }

    static func path(_ p: String?, _ setting: String) throws -> String? {
        guard let p else { return nil }
        guard !p.isEmpty, !p.contains("\0") else {
            throw ConfigurationError(setting: setting, value: p, problem: "must be a non-empty path")
        }
        return p
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
