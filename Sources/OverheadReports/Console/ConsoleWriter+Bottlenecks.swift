import OverheadAnalysis

extension ConsoleWriter {
    /// The original's bottleneck table (one row per agent count) and top bottlenecks at the largest scale.
    mutating func bottlenecks(_ r: AnalysisResult) {
        guard !r.scales.isEmpty else { return }
        banner("BOTTLENECK IDENTIFICATION")
        line()
        var table = TextTable([
            "Agent Count", "Baseline", "Metrics OH", "Health OH", "Rate Limit OH", "Residual", "Total OH",
            "Shutdown/agent",
        ])
        for s in r.scales {
            func oh(_ c: Component) -> String {
                ReportFacts.component(c, in: s).map { NumberText.percent($0.overhead.value) } ?? "n/a"
            }
            table.add(
                String(s.agentCount), NumberText.ms(s.baselineMeanMs), oh(.metrics), oh(.health), oh(.rateLimiting),
                oh(.residual), s.total.map { NumberText.percent($0.value) } ?? "n/a",
                s.shutdownPerAgentMs.map { NumberText.ms($0.value) } ?? "n/a")
        }
        append(table.lines())
        if let largest = r.scales.last, !largest.components.isEmpty {
            line()
            line("Top bottlenecks by overhead contribution (\(ReportFacts.agents(largest.agentCount))):")
            for c in largest.components {
                let status = LimitStatus(c.overhead, limit: c.limitPercent)
                var text = "  - \(ReportFacts.name(c.component)): \(NumberText.percent(c.overhead.value)) overhead"
                text += ", \(NumberText.fixed(c.sharePercent, 1))% of the total"
                if let limit = c.limitPercent {
                    text += " (limit \(NumberText.plain(limit))%: " + style.status(status)(status.rawValue) + ")"
                }
                line(text)
            }
        }
    }

    /// Every overhead with its interval and where it stands against its limit, per scale.
    mutating func intervals(_ r: AnalysisResult) {
        guard !r.scales.isEmpty else { return }
        let confidence = r.scales.lazy.compactMap(\.total).first.map(EstimateText.confidenceLabel) ?? "95%"
        heading("OVERHEAD WITH \(confidence) CONFIDENCE INTERVALS")
        var table = TextTable(
            ["Agents", "Component", "Overhead", "Interval", "Limit", "Status", "Share"], rightAligned: [0, 2, 6])
        for s in r.scales {
            var first = true
            func agents() -> String {
                defer { first = false }
                return first ? String(s.agentCount) : ""
            }
            for c in s.components {
                let status = LimitStatus(c.overhead, limit: c.limitPercent)
                table.add([
                    .init(agents()), .init(ReportFacts.name(c.component)),
                    .init(NumberText.signedPercent(c.overhead.value)),
                    .init(EstimateText.percentInterval(c.overhead)),
                    .init(c.limitPercent.map { NumberText.plain($0) + "%" } ?? "-"),
                    .init(status.rawValue, paint: style.status(status)),
                    .init(NumberText.fixed(c.sharePercent, 1) + "%"),
                ])
            }
            let target = ReportFacts.totalCriterion(r, agents: s.agentCount)
            for (name, estimate) in [("total", s.total), ("p95", s.p95Overhead), ("p99", s.p99Overhead)] {
                guard let e = estimate else { continue }
                let criterion =
                    name == "total"
                    ? target : r.criteria.first { $0.id == name + "_stable" && $0.agentCount == s.agentCount }
                let limit = criterion?.limit
                let status = LimitStatus.of(total: e, criterion: criterion)
                table.add([
                    .init(agents()), .init(name), .init(NumberText.signedPercent(e.value)),
                    .init(EstimateText.percentInterval(e)),
                    .init(limit.map { NumberText.plain($0) + "%" } ?? "-"),
                    .init(status.rawValue, paint: style.status(status)), .init(""),
                ])
            }
        }
        append(table.lines())
        let shutdown = r.scales.compactMap { s in s.shutdownPerAgentMs.map { (s.agentCount, $0) } }
        if !shutdown.isEmpty {
            heading("COORDINATED SHUTDOWN (per agent, not part of the total)")
            var t = TextTable(["Agents", "Per agent", "Interval (ms)"], rightAligned: [0, 1])
            for (agents, e) in shutdown {
                t.add(String(agents), NumberText.ms(e.value), EstimateText.interval(e, digits: 3))
            }
            append(t.lines())
        }
    }

    /// The A/A noise floor and how overhead grows with the agent count.
    mutating func noiseAndScaling(_ r: AnalysisResult) {
        if !r.noiseFloor.isEmpty {
            heading("NOISE FLOOR (A/A control: baseline against itself)")
            var t = TextTable(["Agents", "Difference", "Interval", "Status"], rightAligned: [0, 1])
            for n in r.noiseFloor {
                t.add([
                    .init(String(n.agentCount)), .init(NumberText.signedPercent(n.difference.value)),
                    .init(EstimateText.percentInterval(n.difference)),
                    n.tooNoisy ? .init("TOO NOISY", paint: style.red) : .init("ok", paint: style.green),
                ])
            }
            append(t.lines())
        }
        let synthetic = r.scales.compactMap { s in s.syntheticLayer.map { (s.agentCount, $0) } }
        if !synthetic.isEmpty {
            heading("SYNTHETIC LAYER (known cost)")
            for (agents, s) in synthetic {
                line("\(ReportFacts.agents(agents)): " + SyntheticLayerText.comparison(s))
                if let resolution = SyntheticLayerText.resolution(s) { line("  " + resolution) }
            }
        }
        if let s = r.scaling {
            heading("SCALING")
            line(
                "Total overhead changes \(NumberText.signed(s.slopePerAgent.value, EstimateText.decimals(s.slopePerAgent))) percentage points per agent\(EstimateText.trailingInterval(s.slopePerAgent, digits: EstimateText.decimals(s.slopePerAgent)))"
            )
            if let g = s.growthExponent {
                let verdict = s.superlinear ? style.red("faster than linear") : "not shown to be faster than linear"
                line(
                    "Overhead cost grows as agents^\(NumberText.fixed(g.value, 2)) \(EstimateText.interval(g)): \(verdict)"
                )
            } else {
                line("Growth exponent: not fitted (needs more scales or intervals)")
            }
        }
    }

    /// n, mean, stddev and percentiles of every timed series, per scale.
    mutating func latencyPerTest(_ r: AnalysisResult) {
        guard !r.series.isEmpty else { return }
        heading("LATENCY PER TEST (ms)")
        var t = TextTable(
            ["Agents", "Test", "Operation", "n", "Mean", "Stddev", "Min", "P50", "P95", "P99", "Max"],
            rightAligned: Set(3...10).union([0]))
        var previous: Int?
        // Summaries carry no extremes; the count is known only when our own recorder wrote them.
        let summaries = r.inputs.source == .statisticsSummaries
        for s in r.series {
            func f(_ v: Double) -> String { NumberText.latency(v) }
            t.add(
                previous == s.agentCount ? "" : String(s.agentCount), s.testName, s.operation,
                s.count == 0 ? "-" : String(s.count),
                f(s.mean), f(s.stddev), summaries ? "-" : f(s.min), f(s.p50), f(s.p95), f(s.p99),
                summaries ? "-" : f(s.max))
            previous = s.agentCount
        }
        append(t.lines())
    }
}
