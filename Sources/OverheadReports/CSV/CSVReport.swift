import OverheadAnalysis

/// Two CSV tables in one file, for spreadsheets and data frames: the latency of every series, then
/// (after one empty line) every overhead estimate and criterion with its interval, limit and
/// verdict. RFC 4180: comma-separated, CRLF line ends, quoted where needed; numbers in full precision
/// (latencies in ms, overheads in percent), empty where there is none.
public struct CSVReport: ReportRenderer {
    public var formatName: String { "CSV" }

    public init() {}

    static let seriesHeader = [
        "scale", "test", "operation", "n", "mean_ms", "stddev_ms", "p50_ms", "p95_ms", "p99_ms", "min_ms", "max_ms",
    ]
    static let estimateHeader = [
        "scale", "kind", "name", "estimate", "lower", "upper", "confidence", "n", "limit", "unit", "verdict",
    ]

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        var out = CSVText.record(Self.seriesHeader)
        for s in result.series {
            out += CSVText.record(
                [String(s.agentCount), CSVText.text(s.testName), CSVText.text(s.operation), String(s.count)]
                    + [s.mean, s.stddev, s.p50, s.p95, s.p99, s.min, s.max].map(CSVText.number))
        }
        out += "\r\n" + CSVText.record(Self.estimateHeader)
        for f in OverheadFigure.all(result) {
            out += CSVText.record([
                f.scale.map(String.init) ?? "", f.kind.rawValue, CSVText.text(f.name),
                CSVText.number(f.estimate?.value), CSVText.number(f.estimate?.lower),
                CSVText.number(f.estimate?.upper), CSVText.number(f.estimate?.confidence),
                f.estimate.map { String($0.n) } ?? "", CSVText.number(f.limit), CSVText.text(f.unit),
                CSVText.text(f.verdict ?? ""),
            ])
        }
        return Array(out.utf8)
    }

    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        var out = CSVText.record([
            "scale", "test", "operation", "old_mean_ms", "new_mean_ms", "old_compared_ms", "new_compared_ms",
            "change_percent", "lower", "upper",
            "confidence", "old_runs", "new_runs", "verdict", "exceeds_limit",
        ])
        for row in comparison.rows {
            out += CSVText.record([
                String(row.agentCount), CSVText.text(row.testName), CSVText.text(row.operation),
                CSVText.number(row.oldMeanMs), CSVText.number(row.newMeanMs), CSVText.number(row.oldComparedMs),
                CSVText.number(row.newComparedMs), CSVText.number(row.change.value),
                CSVText.number(row.change.lower), CSVText.number(row.change.upper),
                CSVText.number(row.change.confidence), String(row.oldRuns), String(row.newRuns),
                CSVText.text(row.verdict.rawValue), row.exceedsLimit ? "true" : "false",
            ])
        }
        return Array(out.utf8)
    }
}
