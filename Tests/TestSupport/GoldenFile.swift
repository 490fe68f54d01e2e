import Foundation
import Testing

/// Compares output with a golden file in the `Golden` folder of the calling test target
/// (`Tests/<Target>/Golden/<name>`). On a mismatch, or when the golden file is missing, the output
/// is written beside it as `<name>.got` and the test fails with the first differing lines and a
/// `diff` command. With `OVERHEAD_RECORD_GOLDEN=1` in the environment every check re-records its
/// golden file instead (and removes a stale `.got`).
public enum GoldenFile {
    /// The environment variable that re-records every golden file.
    public static let recordVariable = "OVERHEAD_RECORD_GOLDEN"

    public static func check(
        _ text: String, against name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try check(Array(text.utf8), against: name, filePath: filePath, sourceLocation: sourceLocation)
    }

    public static func check(
        _ bytes: [UInt8], against name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let failure = try compare(
            bytes, against: name, in: directory(ofTestFile: filePath),
            recording: ProcessInfo.processInfo.environment[recordVariable] == "1")
        if let failure { Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation) }
    }

    /// The comparison itself, on an explicit folder and mode: records (`recording`) or compares,
    /// writes or removes `<name>.got`, and returns the failure message, nil when the output matches.
    public static func compare(_ bytes: [UInt8], against name: String, in directory: URL, recording: Bool) throws
        -> String?
    {
        let url = directory.appendingPathComponent(name)
        let got = url.appendingPathExtension("got")
        if recording {
            try Data(bytes).write(to: url)
            try? FileManager.default.removeItem(at: got)
            return nil
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            try Data(bytes).write(to: got)
            return "Missing golden file \(url.path); the output is in \(got.path). Record it with \(recordVariable)=1."
        }
        if Array(expected) == bytes {
            try? FileManager.default.removeItem(at: got)
            return nil
        }
        try Data(bytes).write(to: got)
        let excerpt = GoldenDiff.firstDifference(
            expected: String(decoding: expected, as: UTF8.self), got: String(decoding: bytes, as: UTF8.self))
        return """
            \(name) differs from its golden file:
            \(excerpt)
            Whole output: diff -u \(url.path) \(got.path)
            If the change is intended, re-record every golden file: \(recordVariable)=1 swift test --disable-xctest
            """
    }

    /// `Tests/<Target>/Golden` for a file anywhere inside `Tests/<Target>`.
    public static func directory(ofTestFile filePath: String) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.pathComponents.count > 2 {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Golden")
    }
}

/// A short unified-diff-like excerpt around the first line that differs.
enum GoldenDiff {
    static func firstDifference(expected: String, got: String, context: Int = 2, shown: Int = 6) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = got.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < old.count, first < new.count, old[first] == new[first] { first += 1 }
        // The first line after `first` from which both agree again to the end, if within reach.
        var lastOld = old.count
        var lastNew = new.count
        while lastOld > first, lastNew > first, old[lastOld - 1] == new[lastNew - 1] {
            lastOld -= 1
            lastNew -= 1
        }
        let start = max(0, first - context)
        func count(_ lines: [Substring]) -> Int { lines.last == "" ? lines.count - 1 : lines.count }
        var lines = ["@@ line \(first + 1) (expected \(count(old)) lines, got \(count(new))) @@"]
        lines += old[start..<first].map { " \($0)" }
        lines += old[first..<min(lastOld, first + shown)].map { "-\($0)" }
        if lastOld - first > shown { lines.append("-… \(lastOld - first - shown) more") }
        lines += new[first..<min(lastNew, first + shown)].map { "+\($0)" }
        if lastNew - first > shown { lines.append("+… \(lastNew - first - shown) more") }
        return lines.joined(separator: "\n")
    }
}
