import OverheadAnalysis

extension ConsoleWriter {
    /// The original's AVERAGE LATENCY, P95 LATENCY and pass/warn line, once per scale.
    mutating func latency(_ r: AnalysisResult) {
        for s in r.scales {
            let scale = ReportFacts.agents(s.agentCount)
            heading("AVERAGE LATENCY (\(scale))")
            labelled("Baseline (message-bus only):", NumberText.ms(s.baselineMeanMs))
            if let m = s.metricsMeanMs {
                labelled(
                    "With Metrics:",
                    Self.layered(m, s.metricsPaired, ReportFacts.component(.metrics, in: s)?.overhead))
            }
            if let f = s.fullMeanMs {
                labelled("Full Integration (all systems):", Self.layered(f, s.fullPaired, s.total))
            }
            heading("P95 LATENCY (\(scale))")
            labelled("Baseline P95:", NumberText.ms(s.baselineP95Ms))
            if let f = s.fullP95Ms {
                var text = NumberText.ms(f)
                if let p = s.p95Overhead { text += " (" + EstimateText.percent(p) + ")" }
                labelled("Full Integration P95:", text)
            }
            line()
            verdictLine(r, scale: s)
        }
    }

    /// An operation's latency and overhead. Measured in pairs, the latency is the paired estimate
    /// and the send it is compared with is named, so the line's figures agree with each other;
    /// otherwise the window's mean.
    private static func layered(_ meanMs: Double, _ paired: PairedLatency?, _ overhead: Estimate?) -> String {
        var text = NumberText.ms(paired?.operationMs ?? meanMs)
        guard let overhead else { return text }
        text += " (" + EstimateText.percent(overhead)
        if let paired { text += " over its paired send, " + NumberText.ms(paired.sendMs) }
        return text + ")"
    }

    /// PASS / FAIL / INCONCLUSIVE / NOT EVALUATED for the total, then the advice for every component over its limit.
    private mutating func verdictLine(_ r: AnalysisResult, scale s: ScaleOverhead) {
        let scale = ReportFacts.agents(s.agentCount)
        if let c = ReportFacts.totalCriterion(r, agents: s.agentCount) {
            let limit = NumberText.plain(c.limit) + EstimateText.unitSuffix(Self.safe(c.unit))
            let measured =
                c.measured.map { NumberText.percent($0.value) + " " + EstimateText.percentInterval($0) } ?? "n/a"
            switch c.verdict {
            case .pass:
                line(style.green("✅ PASS: Total overhead \(measured) is below the \(limit) target (\(scale))"))
            case .fail:
                line(style.red("❌ FAIL: Total overhead \(measured) exceeds the \(limit) target (\(scale))"))
            case .inconclusive:
                line(
                    style.yellow(
                        "❔ INCONCLUSIVE: Total overhead \(measured) cannot be told from the \(limit) target (\(scale))")
                )
                line("         " + Self.safe(CriterionText.decisionHint(c)))
            case .notEvaluated:
                line(style.dim("➖ NOT EVALUATED: " + Self.safe(CriterionText.detail(c))))
            }
        }
        let over = s.components.filter { !ReportFacts.advice($0, in: r).isEmpty }
        if !over.isEmpty {
            line("         Recommended optimization focus areas:")
            for c in over {
                let limit = c.limitPercent.map { " > " + NumberText.plain($0) + "% limit" } ?? ""
                line("         - \(ReportFacts.name(c.component)) (\(NumberText.percent(c.overhead.value))\(limit)):")
                for a in ReportFacts.advice(c, in: r) { line("             " + Self.safe(a)) }
            }
        }
    }
}
