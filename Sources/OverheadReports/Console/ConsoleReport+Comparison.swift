import OverheadAnalysis

extension ConsoleReport {
    /// The comparison table: one row per series with both means, the change and its interval, and
    /// the verdict; then a count per verdict and the warnings.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        var out = ConsoleWriter(style: ConsoleStyle(color: options.color))
        out.comparison(comparison)
        return Array(out.text.utf8)
    }
}

extension ConsoleWriter {
    mutating func comparison(_ r: RecordingComparison) {
        line("==========================================")
        line(style.bold("RECORDING COMPARISON (OLD → NEW)"))
        line("==========================================")
        line()
        line(Self.safe("OLD: " + r.oldFiles.joined(separator: ", ")))
        line(Self.safe("NEW: " + r.newFiles.joined(separator: ", ")))
        line()
        let ci = NumberText.plain(r.confidence * 100) + "% CI"
        var t = TextTable(["Agents", "Test/operation", "OLD ms¹", "NEW ms¹", "Change", ci, "Verdict"])
        for row in r.rows {
            var verdict = row.verdict.rawValue
            if row.exceedsLimit { verdict += " (beyond \(NumberText.plain(r.maxRegressionPercent))%)" }
            t.add([
                .init(String(row.agentCount)), .init("\(row.testName)/\(row.operation)"),
                .init(NumberText.latency(row.oldComparedMs)), .init(NumberText.latency(row.newComparedMs)),
                .init(NumberText.signedPercent(row.change.value)),
                .init(EstimateText.signedPercentInterval(row.change)),
                .init(verdict, paint: paint(row.verdict)),
            ])
        }
        append(t.lines())
        let count = { (v: ComparisonVerdict) in r.rows.filter { $0.verdict == v }.count }
        var summary = "\(count(.regressed)) regressed (\(r.regressionsBeyondLimit.count) beyond "
        summary += "\(NumberText.plain(r.maxRegressionPercent))%), \(count(.improved)) improved, "
        summary += "\(count(.noSignificantChange)) no significant change"
        if count(.undetermined) > 0 { summary += ", \(count(.undetermined)) undetermined (no interval)" }
        line("¹ geometric mean of the run means: the change is NEW/OLD − 1 of these (arithmetic means in --json)")
        line()
        line(summary)
        for w in r.warnings { line(style.yellow("⚠️  " + Self.safe(WarningText.sentence(w)))) }
    }

    private func paint(_ verdict: ComparisonVerdict) -> ((String) -> String)? {
        switch verdict {
        case .regressed: return style.red
        case .improved: return style.green
        case .noSignificantChange, .undetermined: return nil
        }
    }
}
