import OverheadAnalysis

/// The analysis as metrics for Prometheus and everything that scrapes its formats (node_exporter's
/// textfile collector, a Pushgateway, VictoriaMetrics): latency histograms per series, overhead
/// estimates with their interval bounds and limits as gauges, each criterion's figures and its
/// verdict as 0/1 gauges (one per state), and the overall verdict. Every sample carries the run's
/// labels (`host`, `run_id`, `target`) and where they apply `scale`, `test`, `operation`.
public struct OpenMetricsReport: ReportRenderer {
    /// OpenMetrics 1.0 text (`# UNIT`, ends with `# EOF`), or the Prometheus text format 0.0.4 that a
    /// Pushgateway takes on push (no units, no end marker); the samples are the same.
    public enum Dialect: Sendable, Equatable {
        case openMetrics, prometheusText
    }

    public var dialect: Dialect

    public init(dialect: Dialect = .openMetrics) { self.dialect = dialect }

    public var formatName: String { dialect == .openMetrics ? "OpenMetrics" : "Prometheus text" }

    static let verdicts: [Verdict] = [.pass, .fail, .inconclusive, .notEvaluated]

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        let run = RunLabels(result.manifest).pairs
        var families = Self.latency(result, run: run)
        families += Self.overhead(result, run: run)
        families += Self.criteria(result, run: run)
        var overall = MetricFamily(
            name: "overheadbench_verdict", kind: .gauge,
            help: "Overall verdict of the run: 1 for the state it is in, 0 for the others.")
        let tally = ReportFacts.tally(result.criteria)
        for v in Self.verdicts { overall.add(run + [("verdict", v.rawValue)], tally.overall == v ? 1 : 0) }
        families.append(overall)
        var text = families.map { $0.text(dialect) }.joined()
        if dialect == .openMetrics { text += "# EOF\n" }
        return Array(text.utf8)
    }

    static func latency(_ r: AnalysisResult, run: [(String, String)]) -> [MetricFamily] {
        var histogram = MetricFamily(
            name: "overheadbench_latency_seconds", kind: .histogram,
            help: "Latency of each operation, from the recording's histogram bins.", unit: "seconds")
        var summary = MetricFamily(
            name: "overheadbench_latency_quantile_seconds", kind: .summary,
            help: "Latency quantiles of each operation as the analysis computed them.", unit: "seconds")
        for s in r.series {
            let labels =
                run + [("scale", String(s.agentCount)), ("test", s.testName), ("operation", s.operation)]
            let sum = s.mean * Double(s.count) / 1000
            for (q, v) in [("0.5", s.p50), ("0.95", s.p95), ("0.99", s.p99)] {
                summary.add(labels + [("quantile", q)], v / 1000)
            }
            summary.add(labels, sum, suffix: "_sum")
            summary.add(labels, Double(s.count), suffix: "_count")
            guard !s.histogram.isEmpty else { continue }
            var cumulative = 0
            var last = -Double.infinity
            for bin in s.histogram {
                cumulative += bin.count
                let le = bin.upperMs / 1000
                guard le.isFinite, le > last, let text = MachineNumber.text(le) else { continue }
                last = le
                histogram.add(labels + [("le", text)], Double(cumulative), suffix: "_bucket")
            }
            let total = max(cumulative, s.count)
            histogram.add(labels + [("le", "+Inf")], Double(total), suffix: "_bucket")
            histogram.add(labels, sum, suffix: "_sum")
            histogram.add(labels, Double(total), suffix: "_count")
        }
        return [histogram, summary]
    }

    static func overhead(_ r: AnalysisResult, run: [(String, String)]) -> [MetricFamily] {
        func family(_ name: String, _ help: String) -> MetricFamily {
            MetricFamily(name: name, kind: .gauge, help: help, unit: "percent")
        }
        var value = family("overheadbench_overhead_percent", "Overhead against the baseline send, percent.")
        var lower = family("overheadbench_overhead_lower_percent", "Lower bound of the overhead's interval, percent.")
        var upper = family("overheadbench_overhead_upper_percent", "Upper bound of the overhead's interval, percent.")
        var limit = family("overheadbench_overhead_limit_percent", "The overhead's limit, percent.")
        for f in OverheadFigure.all(r) where f.kind != .criterion {
            guard let e = f.estimate else { continue }
            let labels = run + [("scale", f.scale.map(String.init) ?? "all"), ("component", f.name)]
            value.add(labels, e.value)
            if let l = e.lower { lower.add(labels, l) }
            if let u = e.upper { upper.add(labels, u) }
            if let l = f.limit { limit.add(labels, l) }
        }
        return [value, lower, upper, limit]
    }

    static func criteria(_ r: AnalysisResult, run: [(String, String)]) -> [MetricFamily] {
        func family(_ name: String, _ help: String) -> MetricFamily {
            MetricFamily(name: name, kind: .gauge, help: help)
        }
        var value = family("overheadbench_criterion_value", "What a criterion measured, in its unit.")
        var lower = family("overheadbench_criterion_lower", "Lower bound of the criterion's interval.")
        var upper = family("overheadbench_criterion_upper", "Upper bound of the criterion's interval.")
        var limit = family("overheadbench_criterion_limit", "The criterion's limit, in its unit.")
        var verdict = family(
            "overheadbench_criterion_verdict", "A criterion's verdict: 1 for the state it is in, 0 for the others.")
        for c in r.criteria {
            let labels =
                run + [("scale", c.agentCount.map(String.init) ?? "all"), ("criterion", c.id), ("unit", c.unit)]
            if let e = c.measured {
                value.add(labels, e.value)
                if let l = e.lower { lower.add(labels, l) }
                if let u = e.upper { upper.add(labels, u) }
            }
            limit.add(labels, c.limit)
            for v in verdicts { verdict.add(labels + [("verdict", v.rawValue)], c.verdict == v ? 1 : 0) }
        }
        return [value, lower, upper, limit, verdict]
    }
}
