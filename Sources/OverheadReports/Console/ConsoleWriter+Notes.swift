import OverheadAnalysis

extension ConsoleWriter {
    /// Failed operations, message conservation and the analysis's warnings.
    mutating func notes(_ r: AnalysisResult) {
        if !r.failures.isEmpty {
            heading("FAILED OPERATIONS (not timed as successes)")
            var t = TextTable(["Agents", "Test", "Operation", "Failures", "Last reason"], rightAligned: [0, 3])
            for f in r.failures {
                t.add(String(f.agentCount), f.testName, f.operation, String(f.count), f.lastReason)
            }
            append(t.lines())
            for f in r.failures where !f.lastStderrTail.isEmpty {
                line(
                    "  stderr (\(Self.safe(f.testName))/\(Self.safe(f.operation)), \(ReportFacts.agents(f.agentCount))): \(Self.safe(f.lastStderrTail))"
                )
            }
        }
        let c = r.conservation
        if c.windows > 0 {
            heading("MESSAGE CONSERVATION")
            let difference: String
            switch c.unaccounted {
            case nil: difference = " (" + style.red("counts overflow: implausible") + ")"
            case 0: difference = ""
            case let missing?:
                difference = " (" + style.red("\(missing > 0 ? "missing" : "extra") \(missing.magnitude)") + ")"
            }
            line("sent \(c.sent) = received \(c.received) + drained \(c.drained) + evicted \(c.evicted)" + difference)
            let unbalanced = c.unbalanced == 0 ? style.green("all balanced") : style.red("\(c.unbalanced) unbalanced")
            line("\(c.windows) test windows, \(unbalanced)")
        }
        if !r.warnings.isEmpty {
            heading("WARNINGS")
            for w in r.warnings { line(style.yellow("⚠️  " + Self.safe(WarningText.sentence(w)))) }
        }
    }
}
