/// Collects a perf-log line's `name=value` fields (`SUTColumns`) into `SUTResources`. Unknown
/// names are skipped (later additions); a known name with a value that is not a finite,
/// non-negative number is an error for the line.
struct SUTFields {
    private var scalars: [String: Double] = [:]
    private var components: [SUTResources.Component] = []
    private var paths: [SUTResources.PathUsage] = []
    private var memory: [String: Double] = [:]
    private(set) var phase: String?
    private var measure: SUTMemoryMeasure?

    struct Problem: Error {
        var message: String
    }

    /// Adds one field; returns the problem with it, if any.
    mutating func add(_ field: UnsafeRawBufferPointer) -> String? {
        let text = String(decoding: field, as: UTF8.self)
        guard let eq = text.firstIndex(of: "=") else {
            return "field \"\(Diagnostic.excerpt(field))\" after a name=value field is not name=value"
        }
        let name = text[..<eq]
        let valueText = text[text.index(after: eq)...]
        if name == SUTColumns.phase {
            phase = String(valueText)
            return nil
        }
        if name == SUTColumns.memoryMeasure {
            guard let m = SUTMemoryMeasure(rawValue: String(valueText)) else {
                let allowed = SUTMemoryMeasure.allCases.map(\.rawValue).joined(separator: " or ")
                return "field \(Diagnostic.excerpt(field)) must be \(allowed)"
            }
            measure = m
            return nil
        }
        let known =
            [SUTColumns.cpu, SUTColumns.backgroundCPU, SUTColumns.rss, SUTColumns.pss, SUTColumns.bus].contains(
                String(name)) || name.hasPrefix(SUTColumns.componentPrefix) || name.hasPrefix(SUTColumns.pathPrefix)
            || name.hasPrefix(SUTColumns.componentMemoryPrefix)
        guard known else { return nil }
        guard let value = Double(valueText), value.isFinite, value >= 0 else {
            return "field \(Diagnostic.excerpt(field)) is not a finite, non-negative number"
        }
        if name.hasPrefix(SUTColumns.componentPrefix) {
            let component = SUTColumns.decode(name.dropFirst(SUTColumns.componentPrefix.count))
            components.append(SUTResources.Component(name: component, cpuPercent: value))
        } else if name.hasPrefix(SUTColumns.componentMemoryPrefix) {
            memory[SUTColumns.decode(name.dropFirst(SUTColumns.componentMemoryPrefix.count))] = value
        } else if name.hasPrefix(SUTColumns.pathPrefix) {
            let path = SUTColumns.decode(name.dropFirst(SUTColumns.pathPrefix.count))
            paths.append(SUTResources.PathUsage(path: path, megabytes: value))
        } else {
            scalars[String(name)] = value
        }
        return nil
    }

    /// The line's figures: nil when it has none; an error when some of the required ones are missing.
    func resources() -> Result<SUTResources?, Problem> {
        let required = [SUTColumns.cpu, SUTColumns.backgroundCPU, SUTColumns.rss, SUTColumns.bus]
        let present = required.filter { scalars[$0] != nil }
        if present.isEmpty && components.isEmpty && paths.isEmpty && scalars.isEmpty && measure == nil {
            return .success(nil)
        }
        guard present.count == required.count else {
            let missing = required.filter { scalars[$0] == nil }.joined(separator: ", ")
            return .failure(Problem(message: "system-under-test fields incomplete: missing \(missing)"))
        }
        var components = components
        for k in components.indices { components[k].rssMB = memory[components[k].name] }
        return .success(
            SUTResources(
                cpuPercent: scalars[SUTColumns.cpu]!, backgroundCPUPercent: scalars[SUTColumns.backgroundCPU]!,
                rssMB: scalars[SUTColumns.rss]!, pssMB: scalars[SUTColumns.pss],
                memoryMeasure: measure, busMB: scalars[SUTColumns.bus]!,
                components: components, paths: paths))
    }
}
