/// A UTC calendar date and time of day from Unix seconds, by Howard Hinnant's `civil_from_days`
/// (proleptic Gregorian calendar) — no C library or Foundation, so the bus, the recorder and the
/// reports all write timestamps with this one algorithm.
public struct UTCDateTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// The date and time `unixSeconds` seconds after 1970-01-01T00:00:00Z (negative: before).
    public init(unixSeconds seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
    }

    /// Fractional Unix seconds rounded down; nil when not finite or beyond ±10¹³ s (about
    /// ±300,000 years), so an untrusted figure can never trap the conversion.
    public init?(unixTime: Double) {
        guard unixTime.isFinite, abs(unixTime) < 1e13 else { return nil }
        self.init(unixSeconds: Int(unixTime.rounded(.down)))
    }

    /// `YYYY-MM-DDThh:mm:ss` (no zone designator: JUnit's `timestamp`).
    public var iso8601Seconds: String {
        Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) + "T" + Self.pad(hour, 2) + ":"
            + Self.pad(minute, 2) + ":" + Self.pad(second, 2)
    }

    /// `YYYY-MM-DDThh:mm:ss.mmmZ`, the records' timestamp form, with `milliseconds` 0–999.
    public func iso8601(milliseconds: Int) -> String {
        iso8601Seconds + "." + Self.pad(milliseconds, 3) + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
