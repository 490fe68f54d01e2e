import Glibc

/// Wall-clock formatting for records: ISO 8601 UTC with milliseconds, as the original
/// (`2025-10-06T10:30:00.123Z`), and fractional Unix seconds for the perf log's time base.
enum Timestamp {
    static func iso8601(wallNs: Int64) -> String {
        var seconds = time_t(wallNs / 1_000_000_000)
        var millis = Int((wallNs % 1_000_000_000) / 1_000_000)
        if millis < 0 {
            millis += 1000
            seconds -= 1
        }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var s = ""
        s.reserveCapacity(24)
        append(Int(parts.tm_year) + 1900, width: 4, to: &s)
        s += "-"
        append(Int(parts.tm_mon) + 1, width: 2, to: &s)
        s += "-"
        append(Int(parts.tm_mday), width: 2, to: &s)
        s += "T"
        append(Int(parts.tm_hour), width: 2, to: &s)
        s += ":"
        append(Int(parts.tm_min), width: 2, to: &s)
        s += ":"
        append(Int(parts.tm_sec), width: 2, to: &s)
        s += "."
        append(millis, width: 3, to: &s)
        s += "Z"
        return s
    }

    static func now() -> String { iso8601(wallNs: wallNanoseconds()) }

    static func unixSeconds(wallNs: Int64) -> Double { Double(wallNs) / 1e9 }

    private static func append(_ n: Int, width: Int, to s: inout String) {
        let digits = String(n)
        if digits.count < width { s += String(repeating: "0", count: width - digits.count) }
        s += digits
    }
}
