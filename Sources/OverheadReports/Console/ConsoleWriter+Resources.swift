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
            heading("RESOURCE USAGE (\(title))")
            block(s)
        }
        if !res.perScale.isEmpty {
            heading("RESOURCE USAGE (whole run, \(res.overall.samples) samples)")
            block(res.overall)
        }
        labelled("Memory growth:", Self.slope(res.memorySlopeMBPerMin), width: 19)
        labelled("tmpfs growth:", Self.tmpfsSlope(res), width: 19)
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
                    Self.mb(s.memoryAvgMB), Self.mb(s.memoryMaxMB), Self.mb(s.tmpfsAvgMB), Self.mb(s.tmpfsMaxMB))
            }
            append(t.lines())
        }
    }

    private mutating func block(_ s: ResourceStats) {
        labelled("CPU (avg/max):", "\(NumberText.fixed(s.cpuAvg, 1))% / \(NumberText.fixed(s.cpuMax, 1))%", width: 19)
        labelled("Memory (avg/max):", "\(Self.mb(s.memoryAvgMB)) / \(Self.mb(s.memoryMaxMB))", width: 19)
        labelled("tmpfs (avg/max):", "\(Self.mb(s.tmpfsAvgMB)) / \(Self.mb(s.tmpfsMaxMB))", width: 19)
    }

    static func mb(_ v: Double) -> String { NumberText.megabytes(v) + "MB" }

    /// The tmpfs slope, saying when it leaves out the recorder's own output (the tmpfs avg/max
    /// figures beside it keep the raw `tmpfs_mb`).
    static func tmpfsSlope(_ res: ResourceReport) -> String {
        let text = slope(res.tmpfsSlopeMBPerMin)
        guard let own = res.recorderOutputMaxMB else { return text }
        return text + " (excluding the recorder's own output, up to \(mb(own)))"
    }

    /// `+0.12 MB/min [-0.05, 0.29]`, or `-90.00 MB/min, no interval`.
    static func slope(_ e: Estimate?) -> String {
        guard let e else { return "n/a" }
        return NumberText.signed(e.value, 2) + " MB/min" + (e.lower != nil && e.upper != nil ? " " : ", ")
            + EstimateText.interval(e)
    }
}
