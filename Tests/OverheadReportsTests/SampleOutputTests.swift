import Foundation
import OverheadAnalysis
import OverheadReports
import TestSupport
import Testing

/// Renders every fixture in every format to files, as the analyzer would. Set
/// `OVERHEAD_REPORTS_OUT=DIR` to keep them (for `xmllint --schema` or a browser); otherwise a
/// temporary directory is used and removed.
@Suite struct SampleOutputTests {
    @Test func everyFixtureRendersInEveryFormat() throws {
        let keep = ProcessInfo.processInfo.environment["OVERHEAD_REPORTS_OUT"]
        let dir = try keep.map { URL(fileURLWithPath: $0) } ?? TestSupport.makeTemporaryDirectory("reports")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        let renderers: [(String, any ReportRenderer)] = [
            ("txt", ConsoleReport()), ("json", JSONReport()), ("xml", JUnitReport()), ("html", HTMLReport()),
        ]
        for (name, result) in [
            ("full", SampleResults.full), ("summaries", SampleResults.summariesOnly),
            ("hostile", SampleResults.hostile),
        ] {
            for (ext, renderer) in renderers {
                let bytes = try renderer.render(result, options: ReportOptions())
                #expect(bytes.count > 500, "\(name).\(ext) is suspiciously short")
                try Data(bytes).write(to: dir.appendingPathComponent("\(name).\(ext)"))
            }
        }
    }
}
