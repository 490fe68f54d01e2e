import OverheadFormat

/// Makes untrusted text (test names, hostnames, reasons read from a recording) safe for each output.
enum TextSanitizer {
    /// Removes the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF)
    /// and shows bidirectional controls as visible escapes (`isBidiControl`).
    /// Swift strings hold no surrogates and no invalid UTF-8 (the reader already replaced it with U+FFFD).
    static func xml(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isXMLChar($0) || isBidiControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isXMLChar(scalar) {
            if isBidiControl(scalar) {
                out.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// See `Unicode.Scalar.isBidiControl` (OverheadFormat): they would reorder what follows them.
    static func isBidiControl(_ s: Unicode.Scalar) -> Bool { s.isBidiControl }

    /// `\u{202E}`: a character shown by its code point.
    static func escaped(_ s: Unicode.Scalar) -> String {
        "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
    }

    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// One line of terminal text: line breaks and tabs become spaces, other control characters
    /// (ESC could restyle or move the cursor) and bidirectional controls (which reorder what
    /// follows) become visible `\u{1B}`-style escapes.
    static func terminalLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD: out += " "
            case 0x0..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: out += escaped(scalar)
            default:
                if isBidiControl(scalar) {
                    out += escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// One line of XML-safe text with runs of whitespace collapsed (names, property keys).
    static func xmlToken(_ text: String) -> String {
        xml(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}
