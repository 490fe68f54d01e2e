import OverheadFormat

/// Reads results files and perf logs into a `Recording`. Injected so the command is testable
/// without files; the default reads them from disk.
public protocol RecordingLoading: Sendable {
    /// Keeps at least `maxDiagnostics` diagnostics (bad lines are all counted). Throws an error whose
    /// description names the file and the problem (missing, unreadable, empty, strict bad line).
    func load(resultsFiles: [String], perfLogs: [String], strict: Bool, maxDiagnostics: Int) throws -> Recording
    /// The first line of a file (at most a few KB), to recognise a file given in the wrong place;
    /// nil when it cannot be read.
    func firstLine(of path: String) -> String?
}
