import OverheadAnalysis
import OverheadFormat

extension JUnitDocument {
    /// One suite per agent count (its criteria and benchmark series), then one for the
    /// recording-wide criteria. INCONCLUSIVE maps by `policy`; NOT EVALUATED is always skipped.
    init(_ r: AnalysisResult, policy: InconclusivePolicy) {
        let hostname = TextSanitizer.xmlToken(r.manifest?.host.hostname ?? "")
        let host = hostname.isEmpty ? "localhost" : hostname
        let timestamp =
            r.manifest.flatMap { ReportFacts.timestampWithoutZone($0.startTime) }
            ?? r.resources?.timeline.first.flatMap { Self.timestamp(unixTime: $0.unixTime) }
            ?? "1970-01-01T00:00:00"
        let properties = Self.properties(r, policy: policy)
        var suites: [Suite] = []
        for agents in ReportFacts.agentCounts(r) {
            let scaleName = "\(agents)_agent\(agents == 1 ? "" : "s")"
            var cases = r.criteria.filter { $0.agentCount == agents }
                .map { Self.criterionCase($0, classname: "overheadbench.criteria.\(scaleName)", policy: policy) }
            cases += Self.seriesCases(r, agents: agents, classname: "overheadbench.benchmarks.\(scaleName)")
            suites.append(
                Suite(
                    name: "overheadbench.\(scaleName)", package: "overheadbench", id: suites.count, hostname: host,
                    timestamp: timestamp,
                    properties: properties + [Property(name: "agent_count", value: String(agents))]
                        + Self.seriesProperties(r, agents: agents),
                    cases: cases, systemOut: Self.scaleSummary(r, agents: agents), systemErr: ""))
        }
        let wide = r.criteria.filter { $0.agentCount == nil }
            .map { Self.criterionCase($0, classname: "overheadbench.criteria.recording", policy: policy) }
        suites.append(
            Suite(
                name: "overheadbench.recording", package: "overheadbench", id: suites.count, hostname: host,
                timestamp: timestamp, properties: properties, cases: wide,
                systemOut: Self.recordingSummary(r),
                systemErr: (r.warnings.map(WarningText.sentence) + r.inputs.diagnostics).joined(separator: "\n")))
        self.suites = suites
    }

    static func criterionCase(_ c: CriterionResult, classname: String, policy: InconclusivePolicy) -> Case {
        let name = "\(c.id): \(c.title)"
        let outcome: Outcome
        switch c.verdict {
        case .pass:
            outcome = .passed
        case .fail:
            outcome = .failure(
                type: "threshold_exceeded", message: "FAIL: " + measurement(c) + ": the limit is exceeded",
                text: CriterionText.detail(c))
        case .notEvaluated:
            let reason = "NOT EVALUATED: " + CriterionText.detail(c)
            outcome = .skipped(message: reason, reason: reason)
        case .inconclusive:
            let hint = CriterionText.decisionHint(c)
            switch policy {
            case .fail:
                outcome = .failure(
                    type: "inconclusive", message: "INCONCLUSIVE: " + measurement(c) + "; " + hint,
                    text: CriterionText.detail(c))
            case .pass: outcome = .passed
            case .skip:
                let message = "INCONCLUSIVE: " + measurement(c) + "; " + hint
                outcome = .skipped(message: message, reason: message + ". " + CriterionText.detail(c))
            }
        }
        return Case(name: name, classname: classname, time: 0, outcome: outcome)
    }

    /// `measured 2.07% (95% CI 1.52 to 2.62%, 5 runs), limit < 1%`: value, interval, limit and unit in one phrase.
    static func measurement(_ c: CriterionResult) -> String {
        let measured =
            c.measured.map { CriterionText.measured($0, unit: c.unit, units: c.intervalUnits) } ?? "no measurement"
        return "measured " + measured + ", limit < " + NumberText.plain(c.limit) + EstimateText.unitSuffix(c.unit)
    }

    /// A case per benchmark series (time = the series' total measured time); failed operations are errors.
    static func seriesCases(_ r: AnalysisResult, agents: Int, classname: String) -> [Case] {
        let series = r.series.filter { $0.agentCount == agents }
        var cases = series.map { s -> Case in
            let failure = r.failures.first {
                $0.testName == s.testName && $0.operation == s.operation && $0.agentCount == agents
            }
            return Case(
                name: "\(s.testName).\(s.operation)", classname: classname,
                time: Double(s.count) * s.mean / 1000, outcome: failure.map(errorOutcome) ?? .passed)
        }
        // Operations that failed every time have no series but must still show up.
        for f in r.failures
        where f.agentCount == agents
            && !series.contains(where: { $0.testName == f.testName && $0.operation == f.operation })
        {
            cases.append(
                Case(name: "\(f.testName).\(f.operation)", classname: classname, time: 0, outcome: errorOutcome(f)))
        }
        return cases
    }

    static func errorOutcome(_ f: FailureCount) -> Outcome {
        .error(
            type: "operation_failed",
            message: "\(f.count) operation\(f.count == 1 ? "" : "s") failed; last: \(f.lastReason)",
            text: f.lastStderrTail)
    }

    /// The manifest (host, configuration, target) and input facts, as CI shows them per suite.
    static func properties(_ r: AnalysisResult, policy: InconclusivePolicy) -> [Property] {
        var p: [Property] = []
        func add(_ name: String, _ value: String) { p.append(Property(name: name, value: value)) }
        if let m = r.manifest {
            add("host.hostname", m.host.hostname)
            add("host.kernel", m.host.kernel)
            add("host.cpu_model", m.host.cpuModel)
            add("host.cpu_count", String(m.host.cpuCount))
            add("host.memory_mb", NumberText.plain(m.host.memoryMB))
            add("host.tmpfs_mb", NumberText.plain(m.host.tmpfsMB))
            let c = m.config
            add("config.iterations", String(c.iterations))
            add("config.scale_levels", c.scaleLevels.map(String.init).joined(separator: " "))
            add("config.statistical_runs", String(c.statisticalRuns))
            add("config.warmup_runs", String(c.warmupRuns))
            add("config.concurrency", String(c.concurrency))
            add("config.sample_interval_s", NumberText.plain(c.sampleIntervalSeconds))
            add("config.seed", String(c.seed))
            add("config.target_overhead_percent", NumberText.plain(c.targetOverheadPercent))
            add("config.confidence", NumberText.plain(c.confidence))
            add("target.kind", m.target.kind)
            if let dir = m.target.libraryDirectory { add("target.library_directory", dir) }
            for f in m.target.libraryFiles {
                add("target.library." + TextSanitizer.xmlToken(f.name), f.path + " sha256:" + f.sha256)
            }
            add("tool_version", m.toolVersion)
            add("start_time", m.startTime)
        }
        add("data_source", r.inputs.source.rawValue)
        add("records_read", String(r.inputs.recordsRead))
        add("lines_skipped", String(r.inputs.linesSkipped))
        add("inconclusive_policy", policy.rawValue)
        return p
    }

    static func scaleSummary(_ r: AnalysisResult, agents: Int) -> String {
        var lines: [String] = []
        if let s = r.scales.first(where: { $0.agentCount == agents }) {
            lines.append("baseline mean \(NumberText.ms(s.baselineMeanMs)), p95 \(NumberText.ms(s.baselineP95Ms))")
            if let t = s.total { lines.append("total overhead " + EstimateText.percent(t)) }
            for c in s.components {
                let limit = c.limitPercent.map { ", limit \(NumberText.plain($0))%" } ?? ""
                lines.append(
                    "\(ReportFacts.name(c.component)) " + EstimateText.percent(c.overhead) + limit
                        + " (" + LimitStatus(c.overhead, limit: c.limitPercent).rawValue + ")")
            }
            if let e = s.shutdownPerAgentMs {
                lines.append("shutdown per agent \(NumberText.ms(e.value)) " + EstimateText.interval(e, digits: 3))
            }
        }
        if let n = r.noiseFloor.first(where: { $0.agentCount == agents }) {
            lines.append("noise floor (A/A) " + EstimateText.percent(n.difference) + (n.tooNoisy ? " TOO NOISY" : ""))
        }
        for s in r.series where s.agentCount == agents {
            lines.append(
                "\(s.testName).\(s.operation): n=\(s.count) mean \(NumberText.ms(s.mean)) p50 \(NumberText.ms(s.p50)) "
                    + "p95 \(NumberText.ms(s.p95)) p99 \(NumberText.ms(s.p99))")
        }
        return lines.joined(separator: "\n")
    }

    /// Each benchmark series' figures as suite properties (`benchmark.<test>.<operation>.<figure>`):
    /// the schemas CI readers validate against allow no properties inside a test case.
    static func seriesProperties(_ r: AnalysisResult, agents: Int) -> [Property] {
        r.series.filter { $0.agentCount == agents }.flatMap { s -> [Property] in
            let prefix = "benchmark." + TextSanitizer.xmlToken(s.testName) + "." + TextSanitizer.xmlToken(s.operation)
            return [
                Property(name: prefix + ".n", value: String(s.count)),
                Property(name: prefix + ".mean_ms", value: NumberText.latency(s.mean)),
                Property(name: prefix + ".p50_ms", value: NumberText.latency(s.p50)),
                Property(name: prefix + ".p95_ms", value: NumberText.latency(s.p95)),
                Property(name: prefix + ".p99_ms", value: NumberText.latency(s.p99)),
            ]
        }
    }

    static func recordingSummary(_ r: AnalysisResult) -> String {
        var lines = [
            "input: \(r.inputs.files.joined(separator: ", ")) (\(r.inputs.source.rawValue)); \(r.inputs.recordsRead) records, \(r.inputs.linesSkipped) lines skipped"
        ]
        if let reason = r.inputs.partialReason { lines.append("partial run: " + reason) }
        if let s = r.scaling {
            lines.append(
                "overhead slope per agent \(NumberText.signed(s.slopePerAgent.value, EstimateText.decimals(s.slopePerAgent))) "
                    + EstimateText.interval(s.slopePerAgent, digits: EstimateText.decimals(s.slopePerAgent))
                    + (s.superlinear ? " (faster than linear)" : ""))
        }
        let c = r.conservation
        if c.windows > 0 {
            lines.append(
                "conservation: sent \(c.sent), received \(c.received), drained \(c.drained), evicted \(c.evicted); \(c.unbalanced) of \(c.windows) windows unbalanced"
            )
        }
        if let timing = TimingText.summary(r.sampleTiming, r.calibration) { lines.append("timing: " + timing) }
        return lines.joined(separator: "\n")
    }

    /// `YYYY-MM-DDThh:mm:ss` (UTC) from Unix seconds; nil for a time no calendar can show.
    static func timestamp(unixTime: Double) -> String? {
        UTCDateTime(unixTime: unixTime)?.iso8601Seconds
    }
}
