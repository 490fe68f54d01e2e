import OverheadAnalysis

extension HTMLReport: HistoryReportRenderer {
    /// The history as a page: per agent count a chart of the overhead over the recordings with its
    /// interval band, segment means and change points, the change points' table, then every recording.
    public func render(_ history: HistoryReport, options: ReportOptions) throws -> [UInt8] {
        let library = try TemplateSet(overrides: options.templatesDirectory).library()
        guard let html = library.render(HistoryViewModel(history, options: options), withTemplate: TemplateSet.history)
        else {
            throw ReportError.template(file: TemplateSet.history + ".mustache", reason: "is missing")
        }
        return Array(html.utf8)
    }
}
