import OverheadFormat

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
        let t = UTCDateTime(unixSeconds: seconds)
        appendDecimal(UInt64(t.year), width: 4)
        append(UInt8(ascii: "-"))
        appendDecimal(UInt64(t.month), width: 2)
        append(UInt8(ascii: "-"))
        appendDecimal(UInt64(t.day), width: 2)
        append(UInt8(ascii: "T"))
        appendDecimal(UInt64(t.hour), width: 2)
        append(UInt8(ascii: ":"))
        appendDecimal(UInt64(t.minute), width: 2)
        append(UInt8(ascii: ":"))
        appendDecimal(UInt64(t.second), width: 2)
        append(UInt8(ascii: "."))
        appendDecimal(UInt64(nanoseconds / 1_000_000), width: 3)
        append(UInt8(ascii: "Z"))
    }
}
