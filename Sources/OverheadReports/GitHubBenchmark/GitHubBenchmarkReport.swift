import OverheadAnalysis
import OverheadFormat

/// github-action-benchmark's `customSmallerIsBetter` input
/// (https://github.com/benchmark-action/github-action-benchmark#examples): an array of
/// `{"name", "unit", "value", "range", "extra"}`. Series: the mean in ms, `range` `± <stddev>` (display text, as the console rounds it);
/// overheads and criteria: the estimate in its unit, `range` `± <half-width of the interval>`.
/// `extra` is the tooltip text: verdict, n and confidence.
public struct GitHubBenchmarkReport: ReportRenderer {
    public var formatName: String { "github-action-benchmark" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var entries: [String] = []
        for s in result.series where s.mean.isFinite {
            var extra = "n: \(s.count)"
            for (name, v) in [("p50", s.p50), ("p95", s.p95), ("p99", s.p99)] {
                extra += "\n\(name): " + NumberText.ms(v)
            }
            entries.append(
                Self.entry(
                    name: BenchmarkNames.series(s), unit: "ms", value: s.mean,
                    range: s.stddev.isFinite ? NumberText.latency(s.stddev) : nil, extra: extra))
        }
        for f in OverheadFigure.all(result) {
            guard let e = f.estimate, e.value.isFinite else { continue }
            var extra = f.verdict.map { "verdict: " + InertText.visible($0) + "\n" } ?? ""
            extra += "n: \(e.n)"
            if e.lower != nil { extra += "\nconfidence: " + EstimateText.confidenceLabel(e) }
            if let limit = f.limit, limit.isFinite {
                extra += "\nlimit: " + NumberText.plain(limit) + EstimateText.unitSuffix(InertText.visible(f.unit))
            }
            entries.append(
                Self.entry(
                    name: BenchmarkNames.figure(f), unit: InertText.visible(f.unit), value: e.value,
                    range: MachineNumber.halfWidth(e).map { NumberText.fixed($0, EstimateText.decimals(e)) },
                    extra: extra))
        }
        return Array((JSONPretty.indent("[" + entries.joined(separator: ",") + "]") + "\n").utf8)
    }

    /// One entry; `range` is the display text after `± `.
    static func entry(name: String, unit: String, value: Double, range: String?, extra: String) -> String {
        var o = JSONObjectWriter()
        o.field("name", name)
        o.field("unit", unit)
        o.field("value", value)
        if let range { o.field("range", "± " + range) }
        o.field("extra", extra)
        return o.finished()
    }
}
