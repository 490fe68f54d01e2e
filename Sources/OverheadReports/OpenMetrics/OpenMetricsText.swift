/// Label sets of the Prometheus text format and OpenMetrics: `{name="value",…}` with the value's
/// backslashes, double quotes and line feeds escaped (`\\`, `\"`, `\n`, the only escapes both
/// define); other control and bidi characters are made visible first.
enum OpenMetricsText {
    static func labelValue(_ raw: String) -> String {
        var out = ""
        for c in InertText.visible(raw, keepingNewlines: true).unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func labels(_ pairs: [(String, String)]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "{" + pairs.map { $0.0 + "=\"" + labelValue($0.1) + "\"" }.joined(separator: ",") + "}"
    }
}
