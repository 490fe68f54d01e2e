import OverheadAnalysis
import OverheadFormat

/// GitHub-flavoured Markdown for a pull-request comment or a job summary: the overall verdict and
/// one row per criterion, the overhead per scale and component, and the latency of every series
/// (folded away). Numbers read as in the console report; untrusted text is escaped.
public struct MarkdownReport: ReportRenderer {
    public var formatName: String { "Markdown" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var parts = [Self.heading(result), Self.criteria(result)]
        if !result.scales.isEmpty { parts.append(Self.overhead(result)) }
        if !result.series.isEmpty { parts.append(Self.latency(result)) }
        if !result.warnings.isEmpty {
            parts.append(
                "### Warnings\n\n"
                    + result.warnings.map { "- " + MarkdownText.inline(WarningText.sentence($0)) + "\n" }.joined())
        }
        return Array(parts.joined(separator: "\n").utf8)
    }

    static func badge(_ v: Verdict) -> String {
        switch v {
        case .pass: return "✅ PASS"
        case .fail: return "❌ FAIL"
        case .inconclusive: return "⚠️ INCONCLUSIVE"
        case .notEvaluated: return "➖ NOT EVALUATED"
        }
    }

    static func heading(_ r: AnalysisResult) -> String {
        let t = ReportFacts.tally(r.criteria)
        var text = "## OverheadBench: \(badge(t.overall))\n\n"
        let labels = RunLabels(r.manifest)
        text += "Host **\(MarkdownText.inline(labels.host))**, target \(MarkdownText.inline(labels.target)), "
        text += "run \(MarkdownText.inline(labels.runID)): "
        text += "\(t.passed) passed, \(t.failed) failed, \(t.inconclusive) inconclusive, "
        text += "\(t.notEvaluated) not evaluated.\n"
        return text
    }

    static func criteria(_ r: AnalysisResult) -> String {
        guard !r.criteria.isEmpty else { return "No criteria were evaluated.\n" }
        let rows = r.criteria.map { c -> [String] in
            let unit = MarkdownText.inline(EstimateText.unitSuffix(c.unit))
            let percent = NumberText.isPercent(c.unit)
            let estimate =
                c.measured.map { e in
                    let digits = EstimateText.decimals(e)
                    return (percent ? NumberText.percentNumber(e.value, digits) : NumberText.fixed(e.value, digits))
                        + unit
                } ?? "—"
            let interval =
                c.measured.map { e -> String in
                    let confidence = EstimateText.confidenceLabel(e)
                    let text = EstimateText.interval(e, digits: EstimateText.decimals(e), percent: percent)
                    return e.lower == nil ? text : text + unit + " (\(confidence), n=\(e.n))"
                } ?? "—"
            return [
                MarkdownText.inline(c.title), c.agentCount.map(String.init) ?? "all", estimate, interval,
                NumberText.plain(c.limit) + unit, badge(c.verdict),
            ]
        }
        return "### Criteria\n\n"
            + MarkdownText.table(
                ["Criterion", "Agents", "Estimate", "Interval", "Limit", "Verdict"],
                rightAligned: [false, true, true, false, true, false], rows: rows)
    }

    static func overhead(_ r: AnalysisResult) -> String {
        // The synthetic layer's column only when a scale has one.
        let components = Component.allCases.filter { c in
            c != .synthetic || r.scales.contains { ReportFacts.component(c, in: $0) != nil }
        }
        let header =
            ["Agents", "Total", "p95", "p99"] + components.map { MarkdownText.inline(ReportFacts.shortName($0)) }
        func cell(_ e: Estimate?) -> String {
            guard let e else { return "—" }
            return NumberText.signedPercent(e.value) + " " + EstimateText.percentInterval(e)
        }
        let rows = r.scales.map { s in
            [String(s.agentCount), cell(s.total), cell(s.p95Overhead), cell(s.p99Overhead)]
                + components.map { cell(ReportFacts.component($0, in: s)?.overhead) }
        }
        return "### Overhead per scale\n\nPercent of the baseline send, with the confidence interval.\n\n"
            + MarkdownText.table(header, rightAligned: Array(repeating: true, count: header.count), rows: rows)
    }

    static func latency(_ r: AnalysisResult) -> String {
        let rows = r.series.map { s in
            [String(s.agentCount), MarkdownText.inline(s.testName), MarkdownText.inline(s.operation), String(s.count)]
                + [s.mean, s.stddev, s.p50, s.p95, s.p99, s.min, s.max].map(NumberText.latency)
        }
        return "<details><summary>Latency per series (ms, \(r.series.count) series)</summary>\n\n"
            + MarkdownText.table(
                ["Agents", "Test", "Operation", "n", "mean", "stddev", "p50", "p95", "p99", "min", "max"],
                rightAligned: [true, false, false] + Array(repeating: true, count: 8), rows: rows)
            + "\n</details>\n"
    }
}
