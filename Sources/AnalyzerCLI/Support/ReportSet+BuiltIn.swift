import OverheadReports

extension ReportSet {
    /// The renderers of this build: console, JSON, JUnit XML and HTML.
    public static var builtIn: ReportSet {
        ReportSet(console: ConsoleReport(), json: JSONReport(), junit: JUnitReport(), html: HTMLReport())
    }
}
