import OverheadAnalysis
import OverheadFormat
import TestSupport

@testable import OverheadReports

/// Inputs of the export tests: the shared fixtures, a hand-built comparison, and hostile text
/// beyond `SampleResults.hostileText` that the export formats treat specially.
enum ExportFixtures {
    /// Characters with a meaning in one of the exports: CSV and line-protocol separators, Markdown
    /// table pipes and mentions, workflow-command `%`, `:`, `,`, a backslash before a separator,
    /// a formula start and a right-to-left override.
    static let separators = "a,b=c d|e @team %25 x:y \\ =1+1 \u{202E}gnp.exe\u{202C}\\"

    /// `SampleResults.hostile` with `separators` in the hostname, the library path, a test name and
    /// a criterion title.
    static var hostile: AnalysisResult {
        var r = SampleResults.hostile
        let h = separators
        r.manifest = SampleResults.manifest(
            hostname: "host " + SampleResults.hostileText + h, cpuModel: "cpu", libraryPath: "/lib/" + h)
        if let i = r.series.firstIndex(where: { $0.testName.hasPrefix("test ") }) {
            r.series[i].testName += h
        }
        r.criteria[0].title += h
        return r
    }

    static var comparison: RecordingComparison {
        let manifest = SampleResults.manifest(hostname: "bench-01", cpuModel: "cpu", libraryPath: nil)
        func row(
            _ test: String, _ op: String, _ agents: Int, _ old: Double, _ new: Double, _ change: Estimate,
            _ verdict: ComparisonVerdict, _ exceeds: Bool
        ) -> ComparisonRow {
            ComparisonRow(
                testName: test, operation: op, agentCount: agents, oldMeanMs: old, newMeanMs: new,
                oldComparedMs: old * 0.99, newComparedMs: old * 0.99 * (1 + change.value / 100), change: change,
                verdict: verdict, exceedsLimit: exceeds, oldRuns: 5, newRuns: 5)
        }
        return RecordingComparison(
            oldFiles: ["old.jsonl"], newFiles: ["new.jsonl"], oldManifest: manifest, newManifest: manifest,
            rows: [
                row(
                    "baseline", "message_send", 10, 0.135, 0.1351, SampleResults.estimate(0.07, -1.2, 1.3, n: 5),
                    .noSignificantChange, false),
                row(
                    "full_integration", "complete_operation", 10, 0.1372, 0.1513,
                    SampleResults.estimate(10.3, 7.58, 11.66, n: 5), .regressed, true),
                row(
                    "metrics_integration", "message_send_with_metrics", 10, 0.1356, 0.1301,
                    SampleResults.estimate(-4.1, -6.0, -2.2, n: 5), .improved, false),
                row(
                    "shutdown_integration", "coordinated_shutdown", 10, 24, 25,
                    Estimate(value: 4.2, lower: nil, upper: nil, confidence: 0.95, n: 1), .undetermined, false),
            ],
            maxRegressionPercent: 5, confidence: 0.95, warnings: [])
    }

    /// Every export renderer with its golden-file extension.
    static var renderers: [(name: String, ext: String, renderer: any ReportRenderer)] {
        [
            ("markdown", "md", MarkdownReport()), ("csv", "csv", CSVReport()), ("bmf", "json", BMFReport()),
            ("github-benchmark", "json", GitHubBenchmarkReport()), ("openmetrics", "txt", OpenMetricsReport()),
            ("prometheus-text", "txt", OpenMetricsReport(dialect: .prometheusText)), ("influx", "lp", InfluxReport()),
        ]
    }
}
