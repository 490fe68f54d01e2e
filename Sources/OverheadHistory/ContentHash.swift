import Foundation
import OverheadFormat

/// The identity of a recording in a history: SHA-256 over its files' contents (results files,
/// then perf logs, in the order given), each preceded by its length, so the same recording added
/// twice, from any path, is recognised.
public enum ContentHash {
    /// Throws `CocoaError` when a file cannot be read.
    public static func of(files: [String]) throws -> String {
        var hasher = SHA256()
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            var length = UInt64(data.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(Array($0)) }
            hasher.update(data)
        }
        return hasher.finalizeHex()
    }
}
