import Glibc
import OverheadFormat

/// Wall-clock formatting for records: ISO 8601 UTC with milliseconds, as the original
/// (`2025-10-06T10:30:00.123Z`), and fractional Unix seconds for the perf log's time base.
enum Timestamp {
    static func iso8601(wallNs: Int64) -> String {
        let seconds = wallNs >= 0 ? wallNs / 1_000_000_000 : (wallNs - 999_999_999) / 1_000_000_000
        let millis = (wallNs - seconds * 1_000_000_000) / 1_000_000
        return UTCDateTime(unixSeconds: Int(seconds)).iso8601(milliseconds: Int(millis))
    }

    static func now() -> String { iso8601(wallNs: wallNanoseconds()) }

    static func unixSeconds(wallNs: Int64) -> Double { Double(wallNs) / 1e9 }
}
