import OverheadAnalysis

extension ConsoleReport {
    /// The fleet: the verdicts first (pooled total and new host per scale), then per scale every
    /// host's total overhead with its interval, weight, own verdict and whether it is odd, the
    /// pooled estimate, the prediction interval and the spread between hosts; then the warnings.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        out.fleetSummary(fleet, policy: options.inconclusivePolicy)
        if options.summaryOnly { return Array(out.text.utf8) }
        for scale in fleet.scales { out.fleetScale(scale, fleet: fleet) }
        out.fleetNotes(fleet)
        return Array(out.text.utf8)
    }
}

extension ConsoleWriter {
    mutating func fleetSummary(_ f: FleetAnalysis, policy: InconclusivePolicy) {
        line("==========================================")
        line(style.bold("FLEET OVERHEAD VERDICT"))
        line("==========================================")
        let hosts = f.hosts.count
        line(
            "\(hosts) host\(hosts == 1 ? "" : "s") · total overhead limit \(NumberText.plain(f.targetOverheadPercent))%"
                + " · \(NumberText.plain(f.confidence * 100))% intervals")
        line()
        var t = TextTable(
            ["Verdict on", "Scale", "Hosts", "Measured", "Interval", "Limit", "Verdict"], rightAligned: [2, 3])
        for c in f.criteria {
            t.add([
                .init(FleetText.criterionLabel(c)), .init(c.agentCount.map(ReportFacts.agents) ?? "all"),
                .init(c.measured.map { String($0.n) } ?? "-"),
                .init(c.measured.map { NumberText.percent($0.value) } ?? "-"),
                .init(c.measured.map { EstimateText.percentInterval($0) } ?? "-"),
                .init("< " + NumberText.plain(c.limit) + "%"),
                .init(c.verdict.rawValue, paint: style.verdict(c.verdict)),
            ])
        }
        append(t.lines())
        line()
        let tally = ReportFacts.tally(f.criteria)
        line(
            "Overall: " + style.verdict(tally.overall)(tally.overall.rawValue)
                + " (\(tally.passed) passed, \(tally.failed) failed, \(tally.inconclusive) inconclusive, "
                + "\(tally.notEvaluated) not evaluated)")
        for c in f.criteria where c.verdict != .notEvaluated || f.hosts.count > 1 {
            line(
                Self.safe("  \(FleetText.criterionLabel(c)), \(ReportFacts.agents(c.agentCount ?? 0)): ")
                    + Self.safe(CriterionText.detail(c)))
        }
        if let odd = FleetText.oddHosts(f) { line(style.yellow(Self.safe(odd))) }
        line(Self.exitMeaning(f.criteria, policy: policy))
    }

    mutating func fleetScale(_ s: FleetScale, fleet f: FleetAnalysis) {
        heading("Total overhead per host at \(ReportFacts.agents(s.agentCount))")
        var t = TextTable(["Host", "Overhead", "Interval", "Weight", "Own verdict", "Note"], rightAligned: [1, 3])
        for e in s.hosts {
            let value: String = e.overhead.map { NumberText.percent($0.value) } ?? "-"
            let interval: String = e.overhead.map { EstimateText.percentInterval($0) } ?? "-"
            let weight: String = e.weightPercent.map { NumberText.fixed($0, 1) + "%" } ?? "-"
            var verdict = TextTable.Cell("-")
            if let v = e.verdict { verdict = TextTable.Cell(v.rawValue, paint: style.verdict(v)) }
            var odd: ((String) -> String)?
            if e.outlier != nil { odd = { [style] in style.yellow($0) } }
            t.add([
                TextTable.Cell(f.hosts[e.host].label), TextTable.Cell(value), TextTable.Cell(interval),
                TextTable.Cell(weight), verdict, TextTable.Cell(FleetText.note(e), paint: odd),
            ])
        }
        if let p = s.pooled {
            t.add([
                .init(style.bold("Pooled (\(p.hosts) hosts)")), .init(NumberText.percent(p.estimate.value)),
                .init(EstimateText.percentInterval(p.estimate)), .init("100%"), .init(""), .init(""),
            ])
            if let prediction = p.prediction {
                t.add([
                    .init("New host (prediction)"), .init(""), .init(EstimateText.percentInterval(prediction)),
                    .init(""), .init(""), .init(""),
                ])
            }
        }
        append(t.lines())
        if let p = s.pooled { line("Between hosts: " + FleetText.spread(p)) }
    }

    mutating func fleetNotes(_ f: FleetAnalysis) {
        line()
        line(FleetText.method(f))
        for h in f.hosts where h.label != h.files.joined(separator: ", ") {
            line(Self.safe("  \(h.label): " + (h.files + h.perfLogs).joined(separator: ", ")))
        }
        for w in f.warnings { line(style.yellow("⚠️  " + Self.safe(WarningText.sentence(w)))) }
    }
}
