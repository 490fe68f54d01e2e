import OverheadAnalysis

/// One self-contained HTML file (inline CSS and SVG, no scripts, no network) rendered with
/// swift-mustache from `templates/` (built in) or `--templates DIR`. Data reaches the page only
/// through escaped `{{name}}` tags; the built-in templates never use `{{{ }}}` or `{{& }}`.
public struct HTMLReport: ReportRenderer {
    public var formatName: String { "HTML" }

    public init() {}

    public func render(_ result: AnalysisResult, options: ReportOptions) throws -> [UInt8] {
        let templates = try TemplateSet(overrides: options.templatesDirectory)
        let library = try templates.library()
        guard let html = library.render(HTMLViewModel(result, options: options), withTemplate: TemplateSet.main) else {
            throw ReportError.template(file: TemplateSet.main + ".mustache", reason: "is missing")
        }
        return Array(html.utf8)
    }
}
