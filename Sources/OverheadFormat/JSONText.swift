/// Minimal JSON text building: enough to write our records fast and byte-for-byte predictably,
/// without a general encoder on the recorder's path.
public struct JSONObjectWriter {
    public private(set) var text: String
    private var first = true

    public init() {
        text = "{"
        text.reserveCapacity(256)
    }

    public mutating func field(_ key: String, _ value: String) {
        open(key)
        JSONText.appendString(value, to: &text)
    }

    public mutating func field(_ key: String, _ value: Int) {
        open(key)
        text += String(value)
    }

    public mutating func field(_ key: String, _ value: UInt64) {
        open(key)
        text += String(value)
    }

    public mutating func field(_ key: String, _ value: Double) {
        open(key)
        JSONText.appendNumber(value, to: &text)
    }

    public mutating func field(_ key: String, _ value: Bool) {
        open(key)
        text += value ? "true" : "false"
    }

    public mutating func field(_ key: String, _ value: Double?) {
        if let value { field(key, value) } else { null(key) }
    }

    public mutating func field(_ key: String, _ value: Int?) {
        if let value { field(key, value) } else { null(key) }
    }

    public mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) } else { null(key) }
    }

    public mutating func field(_ key: String, strings: [String]) {
        open(key)
        text += "["
        for (i, s) in strings.enumerated() {
            if i > 0 { text += "," }
            JSONText.appendString(s, to: &text)
        }
        text += "]"
    }

    public mutating func field(_ key: String, ints: [Int]) {
        open(key)
        text += "[" + ints.map(String.init).joined(separator: ",") + "]"
    }

    /// Inserts an already-serialised JSON value (object or array).
    public mutating func field(_ key: String, raw json: String) {
        open(key)
        text += json
    }

    public mutating func null(_ key: String) {
        open(key)
        text += "null"
    }

    /// The finished object text (no trailing newline).
    public func finished() -> String { text + "}" }

    private mutating func open(_ key: String) {
        if !first { text += "," }
        first = false
        JSONText.appendString(key, to: &text)
        text += ":"
    }
}

public enum JSONText {
    /// Appends `s` as a JSON string literal, escaping quotes, backslashes and control characters.
    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Appends a finite number in the shortest form that reads back exactly; NaN and ±∞ become `null`
    /// (JSON has no spelling for them).
    public static func appendNumber(_ v: Double, to out: inout String) {
        guard v.isFinite else {
            out += "null"
            return
        }
        if v == v.rounded(.towardZero) && abs(v) < 1e15 {
            out += String(Int64(v))
        } else {
            out += v.description
        }
    }

    public static func quoted(_ s: String) -> String {
        var out = ""
        appendString(s, to: &out)
        return out
    }
}
