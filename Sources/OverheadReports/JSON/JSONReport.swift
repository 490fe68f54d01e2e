import OverheadAnalysis
import OverheadFormat

/// Every computed figure as one JSON document for dashboards and scripts. Keys keep a fixed order
/// (the order written here), numbers are shortest round-trip, absent values are `null`, and the
/// text is indented so a diff of two reports reads line by line.
public struct JSONReport: ReportRenderer {
    public var formatName: String { "JSON" }

    /// Bumped when a key changes meaning or is removed; new keys do not bump it.
    public static let formatVersion = 1

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        Array((JSONPretty.indent(Self.document(result, options: options)) + "\n").utf8)
    }

    static func document(_ r: AnalysisResult, options: ReportOptions) -> String {
        var o = JSONObjectWriter()
        o.field("format", "overheadbench-analysis")
        o.field("format_version", formatVersion)
        o.field("summary", raw: summary(r, options: options))
        o.field("manifest", raw: r.manifest?.jsonLine ?? "null")
        o.field("inputs", raw: inputs(r.inputs))
        o.field("scales", raw: array(r.scales.map { scale($0, in: r) }))
        o.field("criteria", raw: array(r.criteria.map(criterion)))
        o.field("noise_floor", raw: array(r.noiseFloor.map(noise)))
        o.field("scaling", raw: r.scaling.map(scaling) ?? "null")
        o.field("series", raw: array(r.series.map(series)))
        o.field("resources", raw: r.resources.map(resources) ?? "null")
        o.field("calibration", raw: r.calibration?.jsonLine ?? "null")
        o.field("failures", raw: array(r.failures.map(failure)))
        o.field("conservation", raw: conservation(r.conservation))
        o.field("warnings", strings: r.warnings.map(WarningText.sentence))
        if let p = r.profile { o.field("profile", raw: profile(p)) }
        return o.finished()
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// The outcome a script checks first: overall verdict, counts, and how INCONCLUSIVE was told to count.
    static func summary(_ r: AnalysisResult, options: ReportOptions) -> String {
        let t = ReportFacts.tally(r.criteria)
        var o = JSONObjectWriter()
        o.field("overall", t.overall.rawValue)
        o.field("passed", t.passed)
        o.field("failed", t.failed)
        o.field("inconclusive", t.inconclusive)
        o.field("not_evaluated", t.notEvaluated)
        o.field("inconclusive_policy", options.inconclusivePolicy.rawValue)
        o.field("agent_counts", ints: ReportFacts.agentCounts(r))
        return o.finished()
    }
}
