import Glibc

/// Clock reads for the shell target: monotonic for intervals, UTC wall time for record timestamps.
enum ShellClock {
    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// ISO 8601 UTC with milliseconds, e.g. `2026-11-26T17:30:00.123Z`.
    static func isoTimestamp() -> String { Timestamp.now() }
}
