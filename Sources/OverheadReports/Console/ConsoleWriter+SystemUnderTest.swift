import OverheadAnalysis

extension ConsoleWriter {
    /// The system under test's own figures: background CPU per component (percent of one core), memory
    /// and the bus directory, which the CPU, memory and tmpfs criteria judge.
    mutating func systemUnderTest(_ res: ResourceReport) {
        guard let s = res.sut else { return }
        heading("SYSTEM UNDER TEST (\(ResourceText.sutSource(s)))")
        labelled("Background CPU:", ResourceText.cpu(s.backgroundCPU) + " of one core", width: 19)
        labelled("All CPU:", ResourceText.cpu(s.totalCPU) + " of one core (operations and background)", width: 19)
        if !s.components.isEmpty {
            var t = TextTable(
                ["Background component", "CPU avg", "Interval", "CPU max", "Mem max", "Mem growth"],
                rightAligned: [1, 3, 4], indent: "  ")
            for c in s.components {
                t.add(
                    c.name, c.cpuPercent.map { NumberText.fixed($0.value, 3) + "%" } ?? "n/a",
                    c.cpuPercent.map { EstimateText.interval($0, digits: 3) } ?? "n/a",
                    NumberText.fixed(c.maxPercent, 3) + "%", c.memoryMaxMB.map(ResourceText.mb) ?? "n/a",
                    c.memorySlope.map { ResourceText.slope($0) } ?? "n/a")
            }
            append(t.lines())
        }
        labelled(
            s.memoryIsPSS ? "Memory (PSS):" : "Memory (RSS):",
            "max \(ResourceText.mb(s.memoryMaxMB)), growth " + ResourceText.slope(s.memorySlope)
                + ResourceText.memoryGaps(s.memoryGaps), width: 19)
        labelled(
            "Bus directory:", "peak \(ResourceText.mb(s.busMaxMB)), growth " + ResourceText.slope(s.busSlope), width: 19
        )
        labelled("Growing path:", ResourceText.growingPath(s), width: 19)
        if let g = s.growingComponent {
            labelled("Growing memory:", "\(g.name) " + ResourceText.slope(g.slope), width: 19)
        }
    }
}
