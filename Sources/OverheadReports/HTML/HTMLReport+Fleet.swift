import OverheadAnalysis

extension HTMLReport {
    /// The fleet as a page: the verdicts, then per scale a forest plot of the hosts with the pooled
    /// estimate and the prediction for a new host, and the table; the same style as the other pages.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        let library = try TemplateSet(overrides: options.templatesDirectory).library()
        guard let html = library.render(FleetViewModel(fleet, options: options), withTemplate: TemplateSet.fleet)
        else {
            throw ReportError.template(file: TemplateSet.fleet + ".mustache", reason: "is missing")
        }
        return Array(html.utf8)
    }
}
