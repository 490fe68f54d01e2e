import OverheadFormat

/// Reads results files and perf logs from disk with the streaming reader.
public struct FileRecordingLoader: RecordingLoading {
    /// Diagnostics kept in the recording (all bad lines are still counted).
    public var maxDiagnostics: Int

    public init(maxDiagnostics: Int = 100) {
        self.maxDiagnostics = maxDiagnostics
    }

    public func load(resultsFiles: [String], perfLogs: [String], strict: Bool) throws -> Recording {
        try RecordingReader.read(resultsFiles: resultsFiles, perfLogs: perfLogs,
                                 options: ReadOptions(strict: strict, maxDiagnostics: maxDiagnostics))
    }
}
