extension UTCDateTime {
    /// Reads `YYYY-MM-DDThh:mm:ss`, optionally with a fraction of up to nine digits and a `Z`
    /// (the records' form, `2026-11-26T17:30:00.123Z`); nil for anything else or an impossible date.
    /// Returns the date and time and the fraction in nanoseconds.
    public static func parse(iso8601 text: String) -> (UTCDateTime, nanoseconds: Int)? {
        let b = Array(text.utf8)
        guard b.count >= 19, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
            b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return v
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        var i = 19
        var nanoseconds = 0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            let start = i + 1
            i = start
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > start, i - start <= 9, let fraction = number(start..<i) else { return nil }
            nanoseconds = fraction
            for _ in 0..<(9 - (i - start)) { nanoseconds *= 10 }
        }
        if i < b.count, b[i] == UInt8(ascii: "Z") { i += 1 }
        guard i == b.count else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        let date = UTCDateTime(unixSeconds: seconds)
        // Reject dates such as February 30 that the arithmetic would roll over.
        guard date.day == day, date.month == month else { return nil }
        return (date, nanoseconds)
    }

    /// Nanoseconds since the Unix epoch of an ISO 8601 UTC time as `parse` reads it.
    public static func unixNanoseconds(iso8601 text: String) -> Int64? {
        guard let (date, ns) = parse(iso8601: text) else { return nil }
        let (product, overflow) = Int64(date.unixSeconds).multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        return product + Int64(ns)
    }

    /// Seconds since 1970-01-01T00:00:00Z: the inverse of `init(unixSeconds:)`.
    public var unixSeconds: Int {
        Self.daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Howard Hinnant's `days_from_civil`: days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
