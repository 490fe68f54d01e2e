import OverheadAnalysis

/// A format that renders `overhead-analyze history list`: console, JSON and Markdown.
public protocol HistoryListRenderer {
    var formatName: String { get }
    func render(_ list: HistoryList, options: ReportOptions) throws -> [UInt8]
}
