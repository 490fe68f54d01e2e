import Foundation

/// RFC 4180 fields and records: a field holding a comma, quote, CR or LF is quoted with its quotes
/// doubled; records end with CRLF. Text from a recording that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`) gets a leading `'` (OWASP's advice); numbers are never touched.
enum CSVText {
    static func field(_ raw: String) -> String {
        guard raw.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return raw
        }
        return "\"" + raw.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Untrusted text: controls and bidi characters made visible (LF kept, quoted), formula starts defused.
    static func text(_ untrusted: String) -> String {
        var t = InertText.visible(untrusted, keepingNewlines: true)
        if let first = t.first, "=+-@".contains(first) { t = "'" + t }
        return field(t)
    }

    static func number(_ v: Double?) -> String { v.flatMap(MachineNumber.text) ?? "" }

    static func record(_ fields: [String]) -> String { fields.joined(separator: ",") + "\r\n" }
}
