import OverheadAnalysis

/// A format that renders a history report (`overhead-analyze history report`): console, JSON,
/// Markdown and HTML.
public protocol HistoryReportRenderer {
    var formatName: String { get }
    func render(_ history: HistoryReport, options: ReportOptions) throws -> [UInt8]
}
