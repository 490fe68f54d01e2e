/// One answer line of the driver: `RC T0 T1 EVICTIONS FAILED`.
struct ShellReply: Sendable, Equatable {
    var exitCode: Int
    /// `$EPOCHREALTIME` before and after the call, in microseconds since the epoch.
    var startMicros: Int64
    var endMicros: Int64
    /// The library's `MESSAGE_BUS_EVICTIONS` after the call (0 when it does not keep one).
    var evictionsTotal: Int
    /// The library function that failed a composite call; nil for a single call or success.
    var failedFunction: String?

    /// Time bash measured around the call, in seconds.
    var innerSeconds: Double { Double(endMicros - startMicros) / 1_000_000 }

    /// The same in nanoseconds (µs resolution); 0 if the clock stepped back.
    var innerNanoseconds: UInt64 { UInt64(max(0, endMicros - startMicros)) * 1_000 }

    /// Parses a reply line; nil if it is not one (the caller reports a protocol error).
    init?(line: String) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count == 4 || fields.count == 5, let rc = Int(fields[0]),
            let t0 = Self.micros(fields[1]), let t1 = Self.micros(fields[2])
        else { return nil }
        exitCode = rc
        startMicros = t0
        endMicros = t1
        evictionsTotal = Int(fields[3]) ?? 0
        failedFunction = fields.count == 5 && fields[4] != "-" ? String(fields[4]) : nil
    }

    /// `$EPOCHREALTIME` is seconds with six decimals; the separator follows the locale (`.` or `,`).
    static func micros<S: StringProtocol>(_ text: S) -> Int64? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 2, let seconds = Int64(parts[0]), parts[1].count == 6, let fraction = Int64(parts[1])
        else { return nil }
        return seconds * 1_000_000 + fraction
    }
}
