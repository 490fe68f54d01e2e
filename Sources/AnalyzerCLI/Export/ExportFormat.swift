import OverheadReports

/// The formats `--export FORMAT=PATH` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, csv, bmf
    case githubBenchmark = "github-benchmark"
    case openmetrics, influx
    /// The profile's stacks for flame graph tools; needs `--profile FILE`.
    case folded

    /// The formats that can show a comparison (`overhead-analyze compare`).
    var hasComparisonView: Bool { self == .markdown || self == .csv }

    /// The formats that can show a fleet (`overhead-analyze fleet`).
    var hasFleetView: Bool { self == .markdown || self == .csv }

    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The renderers of this build.
    public static var builtInRenderers: [ExportFormat: any ReportRenderer] {
        [
            .markdown: MarkdownReport(), .csv: CSVReport(), .bmf: BMFReport(),
            .githubBenchmark: GitHubBenchmarkReport(),
            .openmetrics: OpenMetricsReport(), .influx: InfluxReport(), .folded: FoldedStacksReport(),
        ]
    }
}

/// One `--export FORMAT=PATH`.
struct ExportRequest: Equatable {
    var format: ExportFormat
    /// A file, or `-` for stdout.
    var path: String

    /// Reads `FORMAT=PATH`, or says what is wrong with it.
    static func parse(_ text: String) -> Result<ExportRequest, ExportRequestError> {
        guard let eq = text.firstIndex(of: "=") else { return .failure(.missingEquals(text)) }
        let name = String(text[..<eq])
        let path = String(text[text.index(after: eq)...])
        guard let format = ExportFormat(rawValue: name) else { return .failure(.unknownFormat(name)) }
        guard !path.isEmpty else { return .failure(.emptyPath(text)) }
        return .success(ExportRequest(format: format, path: path))
    }
}

struct ExportRequestError: Error, Equatable, CustomStringConvertible {
    var description: String

    static func missingEquals(_ text: String) -> Self {
        Self(description: "--export takes FORMAT=PATH (PATH '-' for stdout), got '\(text)'.")
    }
    static func unknownFormat(_ name: String) -> Self {
        Self(description: "--export: unknown format '\(name)'; known formats: \(ExportFormat.names).")
    }
    static func emptyPath(_ text: String) -> Self {
        Self(description: "--export \(text): give a file after '=', or '-' for stdout.")
    }
}
