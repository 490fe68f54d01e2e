/// Untrusted text (hostnames, paths, test names, titles) made inert before a format's own escaping:
/// control characters and the invisible bidirectional controls become visible `\u{…}` text, so
/// they can neither end a line or a record nor reorder what a reader sees.
enum InertText {
    /// `keepingNewlines` leaves LF for formats that escape it themselves (OpenMetrics, CSV).
    static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsEscape(_ s: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch s.value {
        case 0xA: return !keepingNewlines
        case 0x0..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: return true
        default: return isBidiControl(s)
        }
    }

    /// The explicit bidirectional formatting characters (Unicode UAX #9) and the marks.
    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
