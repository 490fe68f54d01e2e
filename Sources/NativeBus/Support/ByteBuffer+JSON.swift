/// JSON pieces of the bus's files: quoted strings, embedded JSON values and numbers.
extension ByteBuffer {
    /// Appends `text` as a JSON string literal, escaping `"`, `\` and control characters.
    @inline(__always)
    mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(UnsafeRawBufferPointer($0)) }
    }

    mutating func appendJSONString(_ raw: UnsafeRawBufferPointer) {
        append(UInt8(ascii: "\""))
        var clean = true
        for byte in raw where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            clean = false
            break
        }
        if clean {
            append(raw)
        } else {
            reserve(raw.count * 2)
            for byte in raw {
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x00..<0x20:
                    append("\\u00")
                    let hex: StaticString = "0123456789abcdef"
                    append(hex.utf8Start[Int(byte >> 4)])
                    append(hex.utf8Start[Int(byte & 0x0F)])
                default: append(byte)
                }
            }
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends `text` verbatim when it is one valid JSON value (as the shell library passes
    /// payloads and tags through `jq --argjson`), `empty` when it is empty, and as a JSON
    /// string otherwise, so the file is always valid JSON.
    mutating func appendJSONValue(_ text: String, empty: StaticString) {
        var text = text
        text.withUTF8 { raw in
            if raw.isEmpty {
                append(empty)
            } else if JSONCheck.isSingleValue(UnsafeRawBufferPointer(raw)) {
                append(UnsafeRawBufferPointer(raw))
            } else {
                appendJSONString(UnsafeRawBufferPointer(raw))
            }
        }
    }

    /// Appends a finite double in JSON: integers without a fraction, others in Swift's shortest round-trip form.
    mutating func appendJSONNumber(_ value: Double) {
        if value == value.rounded(), abs(value) < 1e15 {
            appendDecimal(Int(value))
        } else {
            append(value.description)
        }
    }

    /// Appends an ISO 8601 UTC timestamp with milliseconds, e.g. `2026-11-26T17:30:00.123Z`.
    mutating func appendISO8601(seconds: Int, nanoseconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CivilDate.fromDays(days)
        appendDecimal(UInt64(year), width: 4)
        append(UInt8(ascii: "-"))
        appendDecimal(UInt64(month), width: 2)
        append(UInt8(ascii: "-"))
        appendDecimal(UInt64(day), width: 2)
        append(UInt8(ascii: "T"))
        appendDecimal(UInt64(secondOfDay / 3600), width: 2)
        append(UInt8(ascii: ":"))
        appendDecimal(UInt64(secondOfDay / 60 % 60), width: 2)
        append(UInt8(ascii: ":"))
        appendDecimal(UInt64(secondOfDay % 60), width: 2)
        append(UInt8(ascii: "."))
        appendDecimal(UInt64(nanoseconds / 1_000_000), width: 3)
        append(UInt8(ascii: "Z"))
    }
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
enum CivilDate {
    static func fromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
