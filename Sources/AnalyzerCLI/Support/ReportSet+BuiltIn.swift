import OverheadReports

extension ReportSet {
    /// The renderers of this build: console, JSON, JUnit XML and HTML, and the `--export` formats.
    public static var builtIn: ReportSet {
        var set = ReportSet(console: ConsoleReport(), json: JSONReport(), junit: JUnitReport(), html: HTMLReport())
        set.exports = ExportFormat.builtInRenderers
        return set
    }
}
