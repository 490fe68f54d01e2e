extension Diagnostic {
    /// A short, printable excerpt of untrusted text for a message: at most `limit` characters,
    /// control and bidirectional characters shown as `\u{..}`, so a diagnostic never carries a
    /// terminal escape or reorders the line it is printed on.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        var out = ""
        var n = 0
        for scalar in text.unicodeScalars {
            if n == limit {
                out += "…"
                break
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0)
                || scalar.isBidiControl
            {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else if scalar == "\"" || scalar == "\\" {
                out += "\\" + String(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
            n += 1
        }
        return out
    }

    /// `excerpt` of raw bytes (invalid UTF-8 shown as U+FFFD).
    static func excerpt(_ bytes: UnsafeRawBufferPointer, limit: Int = 40) -> String {
        let prefix = UnsafeRawBufferPointer(rebasing: bytes.prefix(limit * 4))
        let text = String(decoding: prefix, as: UTF8.self)
        return excerpt(text, limit: limit)
    }
}
