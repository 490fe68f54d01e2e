import OverheadAnalysis

extension HTMLViewModel {
    init(_ r: AnalysisResult, options: ReportOptions) {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        let tally = ReportFacts.tally(r.criteria)
        title = "Overhead report" + (r.manifest.map { " — " + x($0.host.hostname) } ?? "")
        subtitle = x(r.inputs.files.joined(separator: ", ")) + " · " + r.inputs.source.rawValue
        overall = Self.badge(tally.overall)
        self.tally =
            "\(tally.passed) passed · \(tally.failed) failed · \(tally.inconclusive) inconclusive · \(tally.notEvaluated) not evaluated"
            + " · INCONCLUSIVE counts as \(options.inconclusivePolicy.rawValue) in CI"
        meta = Self.meta(r)
        diagnostics = r.inputs.diagnostics.map(x)
        hasDiagnostics = !diagnostics.isEmpty
        partialReason = r.inputs.partialReason.map(x)
        warnings = r.warnings.map { x(WarningText.sentence($0)) }
        hasWarnings = !warnings.isEmpty
        calibration = TimingText.summary(r.sampleTiming, r.calibration).map { x("Timing: " + $0 + ".") }
        criteria = r.criteria.map { c in
            let unit = EstimateText.unitSuffix(x(c.unit))
            return CriterionRow(
                title: x(c.title), scale: c.agentCount.map(ReportFacts.agents) ?? "whole run",
                measured: c.measured.map { EstimateText.value($0.value, unit: c.unit) + unit } ?? "–",
                interval: c.measured.map { EstimateText.interval($0, percent: NumberText.isPercent(c.unit)) } ?? "–",
                limit: "< " + NumberText.plain(c.limit) + unit, badge: Self.badge(c.verdict),
                detail: x(CriterionText.detail(c)),
                hint: c.verdict == .inconclusive && !CriterionText.detailHasHint(c)
                    ? x(CriterionText.decisionHint(c)) : nil)
        }
        hasCriteria = !criteria.isEmpty
        overheadChart = OverheadChart(r)
        profile = ProfileView(r)
        noResources = r.inputs.perfLogs.isEmpty ? "No perf log was given" : "The perf log has no samples"
        overheadRows = r.scales.flatMap { s -> [OverheadRow] in
            var rows = ReportFacts.fixedOrder(s.components).enumerated().map { i, c in
                let status = LimitStatus(c.overhead, limit: c.limitPercent)
                return OverheadRow(
                    scale: i == 0 ? ReportFacts.agents(s.agentCount) : "", groupStart: i == 0,
                    component: ReportFacts.shortName(c.component),
                    value: NumberText.signedPercent(c.overhead.value),
                    interval: EstimateText.percentInterval(c.overhead),
                    limit: c.limitPercent.map { NumberText.plain($0) + "%" } ?? "–", badge: Self.badge(status),
                    share: NumberText.fixed(c.sharePercent, 1) + "%")
            }
            if let t = s.total {
                let criterion = ReportFacts.totalCriterion(r, agents: s.agentCount)
                let limit = criterion?.limit
                rows.append(
                    OverheadRow(
                        scale: rows.isEmpty ? ReportFacts.agents(s.agentCount) : "", groupStart: rows.isEmpty,
                        component: "total", value: NumberText.signedPercent(t.value),
                        interval: EstimateText.percentInterval(t),
                        limit: limit.map { NumberText.plain($0) + "%" } ?? "–",
                        badge: Self.badge(LimitStatus.of(total: t, criterion: criterion)), share: "100%"))
            }
            return rows
        }
        latencyCharts = LatencyChart.charts(r)
        hasLatency = !latencyCharts.isEmpty
        resourceChart = ResourceChart(r)
        resourceRows = Self.resourceRows(r)
        resourceWindowRows = Self.resourceWindowRows(r)
        hasResourceWindows = !resourceWindowRows.isEmpty
        resourceSlopes =
            r.resources.map { res in
                [
                    KeyValue(key: "Memory growth", value: ResourceText.slope(res.memorySlopeMBPerMin)),
                    KeyValue(key: "tmpfs growth", value: ResourceText.tmpfsSlope(res)),
                ] + Self.systemUnderTestFacts(res)
            } ?? []
        noiseRows = r.noiseFloor.map {
            NoiseRow(
                scale: ReportFacts.agents($0.agentCount), difference: NumberText.signedPercent($0.difference.value),
                interval: EstimateText.percentInterval($0.difference),
                badge: $0.tooNoisy ? Badge(text: "TOO NOISY", cssClass: "fail") : Badge(text: "ok", cssClass: "pass"))
        }
        hasNoise = !noiseRows.isEmpty
        scaling =
            r.scaling.map { s in
                var lines = [
                    "Total overhead changes by \(NumberText.signed(s.slopePerAgent.value, EstimateText.decimals(s.slopePerAgent))) percentage points per added agent\(EstimateText.trailingInterval(s.slopePerAgent, digits: EstimateText.decimals(s.slopePerAgent)))."
                ]
                if let g = s.growthExponent {
                    lines.append(
                        "Overhead cost grows as agents^\(NumberText.fixed(g.value, 2)) \(EstimateText.interval(g)): "
                            + (s.superlinear ? "faster than linear." : "not shown to be faster than linear."))
                }
                return lines
            } ?? []
        shutdownRows = r.scales.compactMap { s in
            s.shutdownPerAgentMs.map {
                KeyValue(
                    key: ReportFacts.agents(s.agentCount),
                    value: NumberText.ms($0.value) + ($0.lower == nil ? ", " : " ")
                        + EstimateText.interval($0, digits: 3))
            }
        }
        hasShutdown = !shutdownRows.isEmpty
        failures = r.failures.map {
            FailureRow(
                scale: ReportFacts.agents($0.agentCount), test: x($0.testName), operation: x($0.operation),
                count: String($0.count),
                reason: x($0.lastReason), stderr: x($0.lastStderrTail))
        }
        hasFailures = !failures.isEmpty
        let c = r.conservation
        if c.windows > 0 {
            conservation =
                "sent \(c.sent) = received \(c.received) + drained \(c.drained) + evicted \(c.evicted), over \(c.windows) test windows"
                + (c.overflow ? " (counts overflow: implausible)" : "")
            conservationBadge =
                c.unbalanced == 0
                ? Badge(text: "balanced", cssClass: "pass")
                : Badge(text: "\(c.unbalanced) unbalanced", cssClass: "fail")
        } else {
            conservation = nil
            conservationBadge = nil
        }
        footer = "overhead-analyze" + (r.manifest.map { " · recorder " + x($0.toolVersion) } ?? "")
    }

    static func badge(_ v: Verdict) -> Badge {
        switch v {
        case .pass: return Badge(text: v.rawValue, cssClass: "pass")
        case .fail: return Badge(text: v.rawValue, cssClass: "fail")
        case .inconclusive: return Badge(text: v.rawValue, cssClass: "inconclusive")
        case .notEvaluated: return Badge(text: v.rawValue, cssClass: "skip")
        }
    }

    static func badge(_ s: LimitStatus) -> Badge {
        switch s {
        case .withinLimit, .belowLimitPointOnly: return Badge(text: s.shortText, cssClass: "pass")
        case .overLimit, .aboveLimitPointOnly: return Badge(text: s.shortText, cssClass: "fail")
        case .undecided: return Badge(text: s.shortText, cssClass: "inconclusive")
        case .noLimit: return Badge(text: s.shortText, cssClass: "neutral")
        }
    }

    static func meta(_ r: AnalysisResult) -> [KeyValue] {
        func x(_ s: String) -> String { TextSanitizer.xml(s) }
        var out: [KeyValue] = []
        if let m = r.manifest {
            out.append(
                KeyValue(
                    key: "Host",
                    value:
                        "\(x(m.host.hostname)) · \(x(m.host.cpuModel)) × \(m.host.cpuCount) · \(NumberText.memory(mb: m.host.memoryMB)) RAM"
                ))
            out.append(KeyValue(key: "Kernel", value: x(m.host.kernel)))
            var target = x(m.target.kind)
            if let dir = m.target.libraryDirectory { target += " (" + x(dir) + ")" }
            out.append(KeyValue(key: "Target", value: target))
            let c = m.config
            out.append(
                KeyValue(
                    key: "Run",
                    value:
                        "agents \(c.scaleLevels.map(String.init).joined(separator: ", ")) · \(c.statisticalRuns) runs × \(c.iterations) iterations (+\(c.warmupRuns) warm-up) · seed \(c.seed)"
                ))
            out.append(KeyValue(key: "Started", value: x(m.startTime)))
        }
        let i = r.inputs
        out.append(
            KeyValue(
                key: "Data",
                value: "\(i.recordsRead) records (\(i.source.rawValue)) · \(i.linesSkipped) bad lines skipped"))
        out.append(
            KeyValue(key: "Perf log", value: i.perfLogs.isEmpty ? "none" : x(i.perfLogs.joined(separator: ", "))))
        return out
    }

    static func resourceRow(_ scale: String, _ window: String, _ s: ResourceStats) -> ResourceRow {
        ResourceRow(
            scale: scale, window: window, samples: String(s.samples),
            cpu: NumberText.fixed(s.cpuAvg, 1) + " / " + NumberText.fixed(s.cpuMax, 1),
            memory: NumberText.megabytes(s.memoryAvgMB) + " / " + NumberText.megabytes(s.memoryMaxMB),
            tmpfs: NumberText.megabytes(s.tmpfsAvgMB) + " / " + NumberText.megabytes(s.tmpfsMaxMB))
    }

    /// Each scale, then the whole run.
    static func resourceRows(_ r: AnalysisResult) -> [ResourceRow] {
        guard let res = r.resources else { return [] }
        return res.perScale.map { resourceRow(ReportFacts.agents($0.agentCount), "all tests", $0.stats) }
            + [resourceRow("whole run", "all tests", res.overall)]
    }

    /// Each test window, by scale.
    static func resourceWindowRows(_ r: AnalysisResult) -> [ResourceRow] {
        guard let res = r.resources else { return [] }
        return res.perWindow.sorted { $0.agentCount < $1.agentCount }.map {
            resourceRow(ReportFacts.agents($0.agentCount), TextSanitizer.xml($0.testName ?? "all tests"), $0.stats)
        }
    }
}
