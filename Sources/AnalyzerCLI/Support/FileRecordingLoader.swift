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
}
