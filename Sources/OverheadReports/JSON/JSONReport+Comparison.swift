import OverheadAnalysis
import OverheadFormat

extension JSONReport {
    /// The comparison as one JSON document: every row with its change estimate (the same encoder
    /// as every estimate in the analysis report) and verdict, the manifests as recorded, warnings.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        Array((JSONPretty.indent(Self.document(comparison)) + "\n").utf8)
    }

    static func document(_ r: RecordingComparison) -> String {
        var o = JSONObjectWriter()
        o.field("format", "overheadbench-comparison")
        o.field("format_version", formatVersion)
        o.field("old_files", strings: r.oldFiles)
        o.field("new_files", strings: r.newFiles)
        o.field("old_manifest", raw: r.oldManifest?.jsonLine ?? "null")
        o.field("new_manifest", raw: r.newManifest?.jsonLine ?? "null")
        o.field("confidence", r.confidence)
        o.field("max_regression_percent", r.maxRegressionPercent)
        o.field("regressions_beyond_limit", r.regressionsBeyondLimit.count)
        o.field("rows", raw: array(r.rows.map(row)))
        o.field("warnings", strings: r.warnings.map(WarningText.sentence))
        return o.finished()
    }

    static func row(_ row: ComparisonRow) -> String {
        var o = JSONObjectWriter()
        o.field("test_name", row.testName)
        o.field("operation", row.operation)
        o.field("agent_count", row.agentCount)
        o.field("old_mean_ms", row.oldMeanMs)
        o.field("new_mean_ms", row.newMeanMs)
        o.field("old_compared_ms", row.oldComparedMs)
        o.field("new_compared_ms", row.newComparedMs)
        o.field("change_percent", raw: estimate(row.change))
        o.field("verdict", row.verdict.rawValue)
        o.field("exceeds_limit", row.exceedsLimit)
        o.field("old_runs", row.oldRuns)
        o.field("new_runs", row.newRuns)
        return o.finished()
    }
}
