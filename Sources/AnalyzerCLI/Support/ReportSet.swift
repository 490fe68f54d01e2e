import OverheadReports

/// The renderers the command uses, one per output. Injected for tests.
public struct ReportSet {
    public var console: (any ReportRenderer)?
    public var json: (any ReportRenderer)?
    public var junit: (any ReportRenderer)?
    public var html: (any ReportRenderer)?
    /// The `--export` formats (`ExportFormat.builtInRenderers` in this build).
    public var exports: [ExportFormat: any ReportRenderer] = [:]

    public init(
        console: (any ReportRenderer)?, json: (any ReportRenderer)?, junit: (any ReportRenderer)?,
        html: (any ReportRenderer)?
    ) {
        self.console = console
        self.json = json
        self.junit = junit
        self.html = html
    }
}
