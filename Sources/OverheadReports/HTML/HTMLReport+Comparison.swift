import OverheadAnalysis

extension HTMLReport {
    /// The comparison as a page: per scale a forest plot of the changes with their intervals and
    /// the allowed regression, then the table; the same templates and style as the analysis page.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        let library = try TemplateSet(overrides: options.templatesDirectory).library()
        guard
            let html = library.render(
                ComparisonViewModel(comparison, options: options), withTemplate: TemplateSet.comparison)
        else {
            throw ReportError.template(file: TemplateSet.comparison + ".mustache", reason: "is missing")
        }
        return Array(html.utf8)
    }
}
