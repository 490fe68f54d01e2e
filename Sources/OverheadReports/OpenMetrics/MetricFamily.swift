/// One metric family of the text exposition: metadata lines, then its samples.
struct MetricFamily {
    enum Kind: String { case gauge, histogram, summary }

    var name: String
    var kind: Kind
    var help: String
    /// OpenMetrics unit (`seconds`, `percent`); the name ends with it.
    var unit: String?
    var samples: [String] = []

    /// Adds `name+suffix{labels} value`; a non-finite value is left out (nothing was measured).
    mutating func add(_ labels: [(String, String)], _ value: Double, suffix: String = "") {
        guard let number = MachineNumber.text(value) else { return }
        samples.append(name + suffix + OpenMetricsText.labels(labels) + " " + number)
    }

    func text(_ dialect: OpenMetricsReport.Dialect) -> String {
        guard !samples.isEmpty else { return "" }
        var out = "# HELP \(name) \(help)\n# TYPE \(name) \(kind.rawValue)\n"
        if dialect == .openMetrics, let unit { out += "# UNIT \(name) \(unit)\n" }
        return out + samples.joined(separator: "\n") + "\n"
    }
}
