import OverheadAnalysis

extension HTMLViewModel {
    /// The system under test's figures as key–value lines under the resource table: where they come
    /// from, background CPU, each background component, memory, the bus directory and what grows.
    static func systemUnderTestFacts(_ res: ResourceReport) -> [KeyValue] {
        guard let s = res.sut else { return [] }
        var out = [
            KeyValue(key: "System under test", value: ResourceText.sutSource(s)),
            KeyValue(key: "Background CPU", value: ResourceText.cpu(s.backgroundCPU) + " of one core"),
        ]
        for c in s.components {
            var value = ResourceText.cpu(c.cpuPercent) + " of one core, peak " + NumberText.fixed(c.maxPercent, 3) + "%"
            if let mem = c.memoryMaxMB { value += ", memory up to " + ResourceText.mb(mem) }
            out.append(KeyValue(key: "· " + c.name, value: value))
        }
        out.append(
            KeyValue(
                key: s.memoryIsPSS ? "Memory (PSS)" : "Memory (RSS)",
                value: "max \(ResourceText.mb(s.memoryMaxMB)), growth " + ResourceText.slope(s.memorySlope)
                    + ResourceText.memoryGaps(s.memoryGaps)))
        out.append(
            KeyValue(
                key: "Bus directory",
                value: "peak \(ResourceText.mb(s.busMaxMB)), growth " + ResourceText.slope(s.busSlope)))
        out.append(KeyValue(key: "Growing path", value: ResourceText.growingPath(s)))
        if let g = s.growingComponent {
            out.append(KeyValue(key: "Growing memory", value: "\(g.name) " + ResourceText.slope(g.slope)))
        }
        return out
    }
}
