/// One answer line of the driver: `RC T0 T1 EVICTIONS FAILED`.
struct ShellReply: Sendable, Equatable {
    var exitCode: Int
    /// `$EPOCHREALTIME` before and after the call, in microseconds since the epoch.
    var startMicros: Int64
    var endMicros: Int64
    /// The library's `MESSAGE_BUS_EVICTIONS` after the call (0 when it does not keep one); nil when
    /// the library set it to something that is not a count (see `evictionsText`).
    var evictionsTotal: Int?
    /// The text of the eviction field as bash printed it.
    var evictionsText: String
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
        evictionsText = String(fields[3])
        evictionsTotal = Self.count(fields[3])
        failedFunction = fields.count == 5 && fields[4] != "-" ? String(fields[4]) : nil
    }

    /// A whole number from 0 to `Int.max` in plain decimal digits; nil otherwise (a sign, an exponent,
    /// a value beyond 2^63−1 such as 10^23, or −2^63).
    static func count<S: StringProtocol>(_ text: S) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }

    /// `$EPOCHREALTIME` is seconds with six decimals; the separator follows the locale (`.` or `,`).
    static func micros<S: StringProtocol>(_ text: S) -> Int64? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 2, let seconds = Int64(parts[0]), parts[1].count == 6, let fraction = Int64(parts[1])
        else { return nil }
        return seconds * 1_000_000 + fraction
    }
}
