import OverheadAnalysis
import OverheadFormat

/// The compare mode's JSON document: every row with its interval and verdict, for scripts.
enum ComparisonJSON {
    static func render(_ r: RecordingComparison) -> String {
        var o = JSONObjectWriter()
        o.field("type", "comparison")
        o.field("old_files", strings: r.oldFiles)
        o.field("new_files", strings: r.newFiles)
        o.field("confidence", r.confidence)
        o.field("max_regression_percent", r.maxRegressionPercent)
        o.field("regressions_beyond_limit", r.regressionsBeyondLimit.count)
        let rows = r.rows.map { row -> String in
            var w = JSONObjectWriter()
            w.field("test_name", row.testName)
            w.field("operation", row.operation)
            w.field("agent_count", row.agentCount)
            w.field("old_mean_ms", row.oldMeanMs)
            w.field("new_mean_ms", row.newMeanMs)
            w.field("change_percent", row.change.value)
            w.field("change_lower_percent", row.change.lower)
            w.field("change_upper_percent", row.change.upper)
            w.field("verdict", row.verdict.rawValue)
            w.field("exceeds_limit", row.exceedsLimit)
            w.field("old_runs", row.oldRuns)
            w.field("new_runs", row.newRuns)
            return w.finished()
        }
        o.field("rows", raw: "[" + rows.joined(separator: ",") + "]")
        o.field("warnings", strings: r.warnings)
        return o.finished() + "\n"
    }
}
