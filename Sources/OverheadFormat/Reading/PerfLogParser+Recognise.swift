extension PerfLogParser {
    /// Whether a file's first line reads as a perf log rather than a results file: the header
    /// (`timestamp cpu_percent …`) or at least four numeric columns, the first a Unix time. Lets the
    /// analyzer say "this is a perf log" instead of reporting a JSON error.
    public static func looksLikePerfLog(firstLine line: String) -> Bool {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 4 else { return false }
        if fields[0] == columnNames[0] && fields[1] == columnNames[1] { return true }
        guard let time = Double(fields[0]), time > 1e8 else { return false }
        return fields.prefix(4).allSatisfy { Double($0) != nil }
    }
}
