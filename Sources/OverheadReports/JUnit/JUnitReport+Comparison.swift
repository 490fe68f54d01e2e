import OverheadAnalysis

extension JUnitReport {
    /// A comparison for CI dashboards: one suite, one test case per series. A regression beyond
    /// `--max-regression` (what fails the command) is a `failure`; a series without an interval is
    /// `skipped`; everything else passes, its change in the suite's output.
    public func render(_ comparison: RecordingComparison, options: ReportOptions) throws -> [UInt8] {
        try Self.write(JUnitDocument(comparison), skippedMessage: options.junitSkippedMessage)
    }
}

extension JUnitDocument {
    init(_ r: RecordingComparison) {
        let limit = NumberText.plain(r.maxRegressionPercent) + "%"
        let cases = r.rows.map { row -> Case in
            let name = "\(row.testName).\(row.operation)@\(ReportFacts.agents(row.agentCount))"
            let change =
                NumberText.signedPercent(row.change.value) + " " + EstimateText.signedPercentInterval(row.change)
            let outcome: Outcome
            switch row.verdict {
            case .regressed where row.exceedsLimit:
                outcome = .failure(
                    type: "regression",
                    message: "regressed \(change): the lower bound exceeds the allowed \(limit)",
                    text: "OLD \(NumberText.ms(row.oldComparedMs)) → NEW \(NumberText.ms(row.newComparedMs))"
                        + " (geometric means of \(row.oldRuns) and \(row.newRuns) run means)")
            case .undetermined:
                let reason = "no interval: fewer than two runs on a side, or summaries only (change \(change))"
                outcome = .skipped(message: reason, reason: reason)
            case .regressed, .improved, .noSignificantChange:
                outcome = .passed
            }
            return Case(name: name, classname: "overheadbench.compare", time: 0, outcome: outcome)
        }
        let out = r.rows.map { row in
            "\(row.testName).\(row.operation)@\(row.agentCount): \(row.verdict.rawValue) "
                + NumberText.signedPercent(row.change.value) + " " + EstimateText.signedPercentInterval(row.change)
        }
        suites = [
            Suite(
                name: "overheadbench.compare", package: "overheadbench", id: 0,
                hostname: TextSanitizer.xmlToken(r.newManifest?.host.hostname ?? "").isEmpty
                    ? "localhost" : TextSanitizer.xmlToken(r.newManifest?.host.hostname ?? ""),
                timestamp: r.newManifest.flatMap { ReportFacts.timestampWithoutZone($0.startTime) }
                    ?? "1970-01-01T00:00:00",
                properties: [
                    Property(name: "old_files", value: r.oldFiles.joined(separator: " ")),
                    Property(name: "new_files", value: r.newFiles.joined(separator: " ")),
                    Property(name: "max_regression_percent", value: NumberText.plain(r.maxRegressionPercent)),
                    Property(name: "confidence", value: NumberText.plain(r.confidence)),
                ],
                cases: cases, systemOut: out.joined(separator: "\n"),
                systemErr: r.warnings.map(WarningText.sentence).joined(separator: "\n"))
        ]
    }
}
