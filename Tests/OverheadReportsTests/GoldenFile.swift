import Foundation
import TestSupport
import Testing

/// Compares rendered output with `Golden/<name>`; on a mismatch writes `<name>.got` beside it and
/// fails with the diff command. `OVERHEAD_RECORD_GOLDEN=1` re-records instead.
enum GoldenFile {
    static var directory: URL {
        TestSupport.packageRoot.appendingPathComponent("Tests/OverheadReportsTests/Golden")
    }

    static func check(_ bytes: [UInt8], against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = directory.appendingPathComponent(name)
        let got = url.appendingPathExtension("got")
        if ProcessInfo.processInfo.environment["OVERHEAD_RECORD_GOLDEN"] == "1" {
            try Data(bytes).write(to: url)
            try? FileManager.default.removeItem(at: got)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            try Data(bytes).write(to: got)
            Issue.record(
                "Missing golden file \(url.path); wrote \(got.path). Re-record with OVERHEAD_RECORD_GOLDEN=1.",
                sourceLocation: sourceLocation)
            return
        }
        if Array(expected) == bytes {
            try? FileManager.default.removeItem(at: got)
        } else {
            try Data(bytes).write(to: got)
            Issue.record(
                "\(name) differs from its golden file: diff -u \(url.path) \(got.path) (re-record with OVERHEAD_RECORD_GOLDEN=1)",
                sourceLocation: sourceLocation)
        }
    }
}
