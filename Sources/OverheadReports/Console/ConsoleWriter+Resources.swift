import OverheadAnalysis

extension ConsoleWriter {
    /// The original's RESOURCE USAGE block per scale, the growth slopes, and per test window.
    mutating func resources(_ r: AnalysisResult) {
        guard let res = r.resources else {
            heading("RESOURCE USAGE")
            line(
                style.dim(
                    r.inputs.perfLogs.isEmpty
                        ? "No perf log: CPU, memory and tmpfs were not measured."
                        : "The perf log has no samples: CPU, memory and tmpfs were not measured."))
            return
        }
        let blocks: [(String, ResourceStats)] =
            res.perScale.isEmpty
            ? [("whole run", res.overall)]
            : res.perScale.map { (ReportFacts.agents($0.agentCount), $0.stats) }
        for (title, s) in blocks {
            heading("RESOURCE USAGE (host, \(title))")
            block(s)
        }
        if !res.perScale.isEmpty {
            heading("RESOURCE USAGE (host, whole run, \(res.overall.samples) samples)")
            block(res.overall)
        }
        labelled("Memory growth:", ResourceText.slope(res.memorySlopeMBPerMin), width: 19)
        labelled("tmpfs growth:", ResourceText.tmpfsSlope(res), width: 19)
        if !res.perWindow.isEmpty {
            line()
            line("Per test window:")
            var t = TextTable(
                ["Agents", "Test", "Samples", "CPU avg", "CPU max", "Mem avg", "Mem max", "tmpfs avg", "tmpfs max"],
                rightAligned: Set([0]).union(2...8), indent: "  ")
            for w in res.perWindow {
                let s = w.stats
                t.add(
                    String(w.agentCount), w.testName ?? "(all)", String(s.samples), NumberText.fixed(s.cpuAvg, 1) + "%",
                    NumberText.fixed(s.cpuMax, 1) + "%",
                    ResourceText.mb(s.memoryAvgMB), ResourceText.mb(s.memoryMaxMB), ResourceText.mb(s.tmpfsAvgMB),
                    ResourceText.mb(s.tmpfsMaxMB))
            }
            append(t.lines())
        }
        systemUnderTest(res)
    }

    private mutating func block(_ s: ResourceStats) {
        labelled("CPU (avg/max):", "\(NumberText.fixed(s.cpuAvg, 1))% / \(NumberText.fixed(s.cpuMax, 1))%", width: 19)
        labelled(
            "Memory (avg/max):", "\(ResourceText.mb(s.memoryAvgMB)) / \(ResourceText.mb(s.memoryMaxMB))", width: 19)
        labelled("tmpfs (avg/max):", "\(ResourceText.mb(s.tmpfsAvgMB)) / \(ResourceText.mb(s.tmpfsMaxMB))", width: 19)
    }

}
