import OverheadAnalysis

extension ConsoleWriter {
    /// A label cut for a table cell.
    private static func cut(_ s: String, _ width: Int) -> String {
        s.count > width ? String(s.prefix(width - 1)) + "…" : s
    }

    /// The profile (`--profile`): per layer its cost untraced and traced, forks per call and its
    /// costliest line or phase; then, per component over its limit, the lines that cost most.
    mutating func profile(_ r: AnalysisResult) {
        guard let p = r.profile else { return }
        heading("PROFILE: WHERE THE TIME GOES INSIDE EACH LAYER")
        line(Self.safe(ProfileText.header(p.header)))
        var table = TextTable(
            ["Layer", "Component", "Calls", "Untraced", "Traced", "Forks/call", "Costliest", "Share"],
            rightAligned: [2, 3, 4, 5, 7])
        for l in p.layers {
            let top = l.hotspots.first
            table.add(
                Self.cut(l.layer.name, 28), l.layer.component ?? "-", String(l.layer.calls),
                l.layer.untracedMs.map(NumberText.ms) ?? "-", l.layer.tracedMs.map(NumberText.ms) ?? "-",
                NumberText.plain(l.forksPerCall), top.map { Self.cut(ProfileText.hotspot($0.entry), 44) } ?? "-",
                top.map { NumberText.fixed($0.sharePercent, 0) + "%" } ?? "-")
        }
        append(table.lines())
        for f in p.findings {
            guard let layer = p.layers.first(where: { $0.layer.name == f.layer }) else { continue }
            line()
            line("\(ReportFacts.name(f.component)) is over its limit; inside \(Self.safe(f.layer)):")
            for a in ProfileText.advice(f) { line("  " + Self.safe(a)) }
            var lines = TextTable(
                [f.byLine ? "Line" : "Phase", "ms/call", f.byLine ? "Runs/call" : "Entries/call", "Share"],
                rightAligned: [1, 2, 3], indent: "  ")
            for h in layer.hotspots.prefix(8) {
                lines.add(
                    Self.cut(ProfileText.hotspot(h.entry), 64), NumberText.latency(h.entry.ms),
                    NumberText.plain(h.entry.count), NumberText.fixed(h.sharePercent, 1) + "%")
            }
            append(lines.lines())
        }
    }
}
