import OverheadAnalysis

extension JUnitReport {
    /// A fleet for CI dashboards: one suite per agent count with its two verdicts (pooled total,
    /// new host) as test cases mapped like an analysis's criteria (INCONCLUSIVE by the policy, NOT
    /// EVALUATED skipped), so the failures are what fails the command; every host's overhead,
    /// weight and oddness in the suite's output, the warnings in its error output.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        try Self.write(
            JUnitDocument(fleet, policy: options.inconclusivePolicy), skippedMessage: options.junitSkippedMessage)
    }
}

extension JUnitDocument {
    init(_ f: FleetAnalysis, policy: InconclusivePolicy) {
        let timestamp =
            f.hosts.compactMap { $0.manifest.flatMap { ReportFacts.timestampWithoutZone($0.startTime) } }.min()
            ?? "1970-01-01T00:00:00"
        let properties = [
            Property(name: "hosts", value: String(f.hosts.count)),
            Property(name: "target_overhead_percent", value: NumberText.plain(f.targetOverheadPercent)),
            Property(name: "confidence", value: NumberText.plain(f.confidence)),
            Property(name: "tau_squared_estimator", value: f.tauSquaredEstimator),
        ]
        let warnings = f.warnings.map(WarningText.sentence).joined(separator: "\n")
        suites = f.scales.enumerated().map { id, scale in
            let scaleName = "\(scale.agentCount)_agent\(scale.agentCount == 1 ? "" : "s")"
            let cases = f.criteria.filter { $0.agentCount == scale.agentCount }
                .map { Self.criterionCase($0, classname: "overheadbench.fleet.\(scaleName)", policy: policy) }
            var out = scale.hosts.map { e in
                let estimate = e.overhead.map { EstimateText.percent($0) } ?? "not measured"
                let note = FleetText.note(e)
                return "\(f.hosts[e.host].label): \(estimate)" + (note.isEmpty ? "" : "; \(note)")
            }
            if let p = scale.pooled {
                out.append("pooled (\(p.hosts) hosts): \(EstimateText.percent(p.estimate))")
                if let prediction = p.prediction {
                    out.append("new host (prediction): \(EstimateText.percentInterval(prediction))")
                }
                out.append("between hosts: " + FleetText.spread(p))
            }
            return Suite(
                name: "overheadbench.fleet.\(scaleName)", package: "overheadbench", id: id, hostname: "localhost",
                timestamp: timestamp,
                properties: properties + [Property(name: "agent_count", value: String(scale.agentCount))],
                cases: cases, systemOut: out.joined(separator: "\n"), systemErr: warnings)
        }
    }
}
