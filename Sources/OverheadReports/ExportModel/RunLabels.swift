import OverheadAnalysis
import OverheadFormat

/// The labels every exported figure carries, so figures from many hosts and runs can share one
/// dashboard or database: which host, which run, which bus.
struct RunLabels: Sendable, Equatable {
    /// The manifest's hostname, or `unknown` without a manifest.
    var host: String
    /// The manifest's start time (ISO 8601, unique per run on a host), or `unknown`.
    var runID: String
    /// `native`, or `shell:<library directory>` for a shell library.
    var target: String

    init(_ manifest: Manifest?) {
        host = manifest?.host.hostname ?? "unknown"
        runID = manifest?.startTime ?? "unknown"
        if let t = manifest?.target {
            target = t.libraryDirectory.map { t.kind + ":" + $0 } ?? t.kind
        } else {
            target = "unknown"
        }
    }

    /// `(name, value)` pairs in the documented order.
    var pairs: [(String, String)] { [("host", host), ("run_id", runID), ("target", target)] }
}
