import Foundation
import OverheadFormat

/// Reads results files and perf logs from disk with the streaming reader.
public struct FileRecordingLoader: RecordingLoading {
    public init() {}

    public func load(resultsFiles: [String], perfLogs: [String], strict: Bool, maxDiagnostics: Int) throws -> Recording
    {
        try RecordingReader.read(
            resultsFiles: resultsFiles, perfLogs: perfLogs,
            options: ReadOptions(strict: strict, maxDiagnostics: maxDiagnostics))
    }

    public func firstLine(of path: String) -> String? {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4096) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first.map(String.init)
    }
}
