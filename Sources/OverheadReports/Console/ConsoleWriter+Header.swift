import OverheadAnalysis

extension ConsoleWriter {
    /// Title, then what was read and what it was recorded on, so a pasted report carries its context.
    mutating func header(_ r: AnalysisResult) {
        line("==========================================")
        line(style.bold("PERFORMANCE OVERHEAD ANALYSIS"))
        line("==========================================")
        let i = r.inputs
        let files = i.files.map(Self.safe).joined(separator: ", ")
        labelled("Input:", "\(files.isEmpty ? "(none)" : files) (\(i.source.rawValue))", width: 10)
        if !i.perfLogs.isEmpty {
            labelled("Perf log:", i.perfLogs.map(Self.safe).joined(separator: ", "), width: 10)
        } else {
            labelled("Perf log:", "none (resource criteria cannot be evaluated)", width: 10)
        }
        labelled(
            "Records:", "\(i.recordsRead) read, \(i.linesSkipped) bad line\(i.linesSkipped == 1 ? "" : "s") skipped",
            width: 10)
        for d in i.diagnostics { line("            " + style.dim(Self.safe(d))) }
        if i.diagnostics.count < i.linesSkipped {
            line("            " + style.dim("… and \(i.linesSkipped - i.diagnostics.count) more"))
        }
        if let reason = i.partialReason {
            labelled("Partial:", style.yellow("the run stopped early: " + Self.safe(reason)), width: 10)
        }
        if let m = r.manifest {
            let h = m.host
            labelled(
                "Host:",
                "\(Self.safe(h.hostname)) · \(Self.safe(h.cpuModel)) × \(h.cpuCount) · \(NumberText.memory(mb: h.memoryMB)) RAM · kernel \(Self.safe(h.kernel))",
                width: 10)
            let c = m.config
            var target = Self.safe(m.target.kind) + " target"
            if let dir = m.target.libraryDirectory { target += " (" + Self.safe(dir) + ")" }
            let scales = c.scaleLevels.map(String.init).joined(separator: ", ")
            labelled(
                "Run:",
                "\(target) · agents \(scales) · \(c.statisticalRuns) runs × \(c.iterations) iterations (+\(c.warmupRuns) warm-up) · seed \(c.seed)",
                width: 10)
            labelled("Started:", Self.safe(m.startTime) + " · tool " + Self.safe(m.toolVersion), width: 10)
        }
        if let timing = TimingText.summary(r.sampleTiming, r.calibration) { labelled("Timing:", timing, width: 10) }
    }
}
