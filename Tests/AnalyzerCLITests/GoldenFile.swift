import Foundation
import Testing

/// Compares output with a file under `Golden/`; `OVERHEAD_RECORD_GOLDEN=1` rewrites the files.
/// On a mismatch the actual output is written next to it as `<name>.got` for a diff.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["OVERHEAD_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let got = url.appendingPathExtension("got")
        if expected != actual {
            try actual.write(to: got, atomically: true, encoding: .utf8)
        } else {
            try? FileManager.default.removeItem(at: got)
        }
        #expect(expected == actual, "output differs from \(name); see \(got.path)", sourceLocation: sourceLocation)
    }
}
