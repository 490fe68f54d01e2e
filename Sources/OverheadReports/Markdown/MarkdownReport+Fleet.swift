import OverheadAnalysis

extension MarkdownReport {
    /// The fleet for a job summary or a pull request: the verdicts first, then per scale a table
    /// of the hosts with the pooled and new-host rows, the spread between hosts, and the warnings.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        let f = fleet
        let tally = ReportFacts.tally(f.criteria)
        let mark = tally.overall == .pass ? "✅" : tally.overall == .fail ? "❌" : "⚠️"
        var text = "## OverheadBench fleet: \(mark) \(tally.overall.rawValue)\n\n"
        text += "\(f.hosts.count) host\(f.hosts.count == 1 ? "" : "s"), total overhead limit "
        text += "\(NumberText.plain(f.targetOverheadPercent))%, \(NumberText.plain(f.confidence * 100))% intervals.\n\n"
        text += MarkdownText.table(
            ["Verdict on", "Agents", "Hosts", "Measured", "Interval", "Verdict"],
            rightAligned: [false, true, true, true, false, false],
            rows: f.criteria.map { c in
                [
                    FleetText.criterionLabel(c), c.agentCount.map(String.init) ?? "",
                    c.measured.map { String($0.n) } ?? "", c.measured.map { NumberText.percent($0.value) } ?? "",
                    c.measured.map(EstimateText.percentInterval) ?? "", c.verdict.rawValue,
                ]
            })
        if let odd = FleetText.oddHosts(f) { text += "\n**" + MarkdownText.inline(odd) + "**\n" }
        for scale in f.scales {
            text += "\n### \(ReportFacts.agents(scale.agentCount))\n\n"
            var rows = scale.hosts.map { e in
                [
                    MarkdownText.inline(f.hosts[e.host].label), e.overhead.map { NumberText.percent($0.value) } ?? "",
                    e.overhead.map(EstimateText.percentInterval) ?? "",
                    e.weightPercent.map { NumberText.fixed($0, 1) + "%" } ?? "", e.verdict?.rawValue ?? "",
                    MarkdownText.inline(FleetText.note(e)),
                ]
            }
            if let p = scale.pooled {
                rows.append([
                    "**pooled (\(p.hosts) hosts)**", NumberText.percent(p.estimate.value),
                    EstimateText.percentInterval(p.estimate), "100%", "", "",
                ])
                if let prediction = p.prediction {
                    rows.append(["new host (prediction)", "", EstimateText.percentInterval(prediction), "", "", ""])
                }
            }
            text += MarkdownText.table(
                ["Host", "Overhead", "Interval", "Weight", "Own verdict", "Note"],
                rightAligned: [false, true, false, true, false, false], rows: rows)
            if let p = scale.pooled { text += "\nBetween hosts: " + FleetText.spread(p) + "\n" }
        }
        text += "\n" + FleetText.method(f) + "\n"
        if !f.warnings.isEmpty {
            text += "\n### Warnings\n\n"
            text += f.warnings.map { "- " + MarkdownText.inline(WarningText.sentence($0)) + "\n" }.joined()
        }
        return Array(text.utf8)
    }
}
