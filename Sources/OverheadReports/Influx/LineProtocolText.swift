/// Escaping of the InfluxDB line protocol
/// (https://docs.influxdata.com/influxdb/v2/reference/syntax/line-protocol/#special-characters):
/// commas and spaces in measurements; commas, equals signs and spaces in tag keys, tag values and
/// field keys; double quotes and backslashes in string field values. Backslashes in tags are doubled
/// so a value ending in one cannot escape the separator after it. A line ends at LF and nothing can
/// escape one, so control and bidi characters are made visible first.
enum LineProtocolText {
    static func measurement(_ raw: String) -> String { escape(raw, [",", " ", "\\"]) }

    static func tag(_ raw: String) -> String { escape(raw, [",", "=", " ", "\\"]) }

    static func stringField(_ raw: String) -> String { "\"" + escape(raw, ["\"", "\\"]) + "\"" }

    private static func escape(_ raw: String, _ special: Set<Unicode.Scalar>) -> String {
        var out = ""
        for c in InertText.visible(raw).unicodeScalars {
            if special.contains(c) { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }
}

/// One line: measurement, tags (empty values left out: the protocol has no empty tag), fields
/// (non-finite numbers left out) and the timestamp in nanoseconds.
struct InfluxLine {
    var measurement: String
    var tags: [(String, String)]
    var fields: [String] = []

    mutating func field(_ key: String, _ value: Double?) {
        guard let value, let text = MachineNumber.text(value) else { return }
        fields.append(LineProtocolText.tag(key) + "=" + text)
    }

    mutating func field(_ key: String, int value: Int?) {
        guard let value else { return }
        fields.append(LineProtocolText.tag(key) + "=" + String(value) + "i")
    }

    mutating func field(_ key: String, string value: String?) {
        guard let value else { return }
        fields.append(LineProtocolText.tag(key) + "=" + LineProtocolText.stringField(value))
    }

    /// The line with its LF, or nothing when no field is left (a line needs one).
    func text(timestamp: Int64?) -> String {
        guard !fields.isEmpty else { return "" }
        var out = LineProtocolText.measurement(measurement)
        for (k, v) in tags where !v.isEmpty { out += "," + LineProtocolText.tag(k) + "=" + LineProtocolText.tag(v) }
        out += " " + fields.joined(separator: ",")
        if let timestamp { out += " " + String(timestamp) }
        return out + "\n"
    }
}
