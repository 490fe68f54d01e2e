extension RecorderConfiguration {
    /// The soak and background settings (flag > variable > default). The soak defaults on only for
    /// the full default suite: `--quick`, or `--iterations`, `--scales`, `--runs` or their variables,
    /// shape a different suite, and then `--soak` asks for it.
    static func resolveSUT(
        _ o: SUTOptions, suiteShaped: Bool, shell: Bool, environment env: [String: String]
    ) throws -> SUTConfiguration {
        func variable(_ v: SUTEnvironmentVariable) -> String? {
            guard let raw = env[v.rawValue]?.trimmingWhitespace, !raw.isEmpty else { return nil }
            return raw
        }
        func seconds(_ flag: Double?, _ name: String, _ v: SUTEnvironmentVariable, _ fallback: Double) throws
            -> Double
        {
            if let flag { return try positiveSeconds(flag, name) }
            if let s = variable(v) { return try positiveSeconds(s, v.rawValue) }
            return fallback
        }

        var sut = SUTConfiguration()
        if let flag = o.soak {
            sut.soakSeconds = try nonNegativeSeconds(flag, "--soak")
        } else if let s = variable(.soak) {
            guard let v = Double(s) else {
                throw ConfigurationError(
                    setting: SUTEnvironmentVariable.soak.rawValue, value: s, problem: "must be a number")
            }
            sut.soakSeconds = try nonNegativeSeconds(v, SUTEnvironmentVariable.soak.rawValue)
        } else {
            sut.soakSeconds = suiteShaped ? 0 : SUTDefaults.soakSeconds
        }
        sut.soakMessagesPerSecond = try seconds(
            o.soakRate, "--soak-rate", .soakRate, SUTDefaults.soakMessagesPerSecond)
        sut.soakSampleIntervalSeconds = try positiveSeconds(
            o.soakSampleInterval ?? SUTDefaults.soakSampleIntervalSeconds, "--soak-sample-interval")
        if sut.soakSampleIntervalSeconds < 0.01 {
            throw ConfigurationError(
                setting: "--soak-sample-interval", value: String(sut.soakSampleIntervalSeconds),
                problem: "must be at least 0.01 s")
        }
        sut.background = !o.noBackground
        let d = BackgroundIntervals()
        sut.intervals.liveness = try seconds(o.livenessInterval, "--liveness-interval", .livenessInterval, d.liveness)
        sut.intervals.inboxOverflow = try seconds(
            o.inboxOverflowInterval, "--inbox-overflow-interval", .inboxOverflowInterval, d.inboxOverflow)
        sut.intervals.dynamicRateLimit = try seconds(
            o.rateLimitMonitorInterval, "--rate-limit-monitor-interval", .dynamicRateLimitInterval,
            d.dynamicRateLimit)
        sut.intervals.alerting = try seconds(o.alertingInterval, "--alerting-interval", .alertingInterval, d.alerting)
        for (specs, perAgent, flag) in [
            (o.background, false, "--background"), (o.backgroundPerAgent, true, "--background-per-agent"),
        ] {
            for spec in specs {
                let words = spec.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard let name = words.first, Self.isFunctionName(name) else {
                    throw ConfigurationError(
                        setting: flag, value: spec, problem: "expected 'FUNCTION ARGS' (a bash function name first)")
                }
                guard shell else {
                    throw ConfigurationError(setting: flag, value: spec, problem: "only used with --target shell")
                }
                sut.extraWorkers.append(
                    BackgroundWorkerSpec(name: name, layer: nil, intervalSeconds: 0, perAgent: perAgent, command: words)
                )
            }
        }
        return sut
    }

    static func nonNegativeSeconds(_ v: Double, _ setting: String) throws -> Double {
        guard v.isFinite, v >= 0 else {
            throw ConfigurationError(setting: setting, value: String(v), problem: "must be 0 or a positive number")
        }
        return v
    }

    /// Letters, digits, `_`, `-`, `:` and `.`, not starting with a digit: what bash accepts and a
    /// perf-log component name can carry.
    static func isFunctionName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "_-:.".unicodeScalars.contains($0)
        }
    }
}
