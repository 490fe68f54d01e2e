import OverheadAnalysis
import OverheadFormat

/// Bencher Metric Format (https://bencher.dev/docs/reference/bencher-metric-format/): one object
/// keyed by benchmark name, each holding measures `{"value", "lower_value", "upper_value"}`.
/// Series give the `latency` measure in nanoseconds (Bencher's built-in unit) with the mean ± one
/// standard deviation as bounds; overheads and components give the `overhead` measure in percent
/// with their confidence interval; the other criteria give the `criterion` measure in their unit.
public struct BMFReport: ReportRenderer {
    public var formatName: String { "BMF" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var doc = JSONObjectWriter()
        for s in result.series {
            guard
                let measure = Self.measure(
                    value: s.mean * 1e6, lower: (s.mean - s.stddev) * 1e6, upper: (s.mean + s.stddev) * 1e6)
            else { continue }
            var benchmark = JSONObjectWriter()
            benchmark.field("latency", raw: measure)
            doc.field(BenchmarkNames.series(s), raw: benchmark.finished())
        }
        for f in OverheadFigure.all(result) {
            guard let e = f.estimate, let measure = Self.measure(value: e.value, lower: e.lower, upper: e.upper)
            else { continue }
            var benchmark = JSONObjectWriter()
            benchmark.field(f.kind == .criterion ? "criterion" : "overhead", raw: measure)
            doc.field(BenchmarkNames.figure(f), raw: benchmark.finished())
        }
        return Array((JSONPretty.indent(doc.finished()) + "\n").utf8)
    }

    /// `{"value", "lower_value", "upper_value"}`; bounds left out when absent or not finite, nil
    /// when the value itself is not finite (BMF has no spelling for it).
    static func measure(value: Double, lower: Double?, upper: Double?) -> String? {
        guard value.isFinite else { return nil }
        var m = JSONObjectWriter()
        m.field("value", value)
        if let lower, lower.isFinite { m.field("lower_value", lower) }
        if let upper, upper.isFinite { m.field("upper_value", upper) }
        return m.finished()
    }
}
