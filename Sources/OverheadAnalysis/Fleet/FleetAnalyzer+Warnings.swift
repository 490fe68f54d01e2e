import OverheadFormat

extension FleetAnalyzer {
    /// The fleet's caveats: one host only; settings that differ from the first recording's (the
    /// manifest check `compare` makes; host facts are expected to differ in a fleet and are not
    /// warned about); recordings without a manifest or naming the same host; skipped lines;
    /// and per scale, hosts missing or left out and too few hosts for a prediction or an
    /// outlier check.
    static func warnings(recordings: [Recording], hosts: [FleetHost], scales: [FleetScale]) -> [FleetWarning] {
        var out: [FleetWarning] = []
        if recordings.count == 1 { out.append(.singleHost) }
        let withManifest = recordings.indices.filter { recordings[$0].manifest != nil }
        if let first = withManifest.first {
            for i in withManifest.dropFirst() {
                for case .differentConfigurations(let changes) in ManifestDifferences.between(
                    recordings[first].manifest, recordings[i].manifest)
                {
                    out.append(.differentSettings(host: hosts[i].label, changes: changes))
                }
            }
        }
        let missing = recordings.indices.filter { recordings[$0].manifest == nil }
        if !missing.isEmpty, recordings.count > 1 {
            out.append(.manifestMissing(hosts: missing.map { hosts[$0].label }))
        }
        var byName: [String: [Int]] = [:]
        for (i, h) in hosts.enumerated() {
            if let name = h.hostname, !name.isEmpty { byName[name, default: []].append(i) }
        }
        for (name, indices) in byName.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            out.append(.sameHost(hostname: name, recordings: indices.map { hosts[$0].files.joined(separator: ", ") }))
        }
        for h in hosts where h.linesSkipped > 0 { out.append(.linesSkipped(host: h.label, count: h.linesSkipped)) }
        guard recordings.count > 1 else { return out }
        for scale in scales {
            let notMeasured = scale.hosts.filter { $0.exclusion == .notMeasured }.map { hosts[$0.host].label }
            if !notMeasured.isEmpty { out.append(.scaleMissing(agentCount: scale.agentCount, hosts: notMeasured)) }
            for reason in [FleetExclusion.noInterval, .noSpread] {
                let left = scale.hosts.filter { $0.exclusion == reason }.map { hosts[$0.host].label }
                if !left.isEmpty { out.append(.notPooled(agentCount: scale.agentCount, hosts: left, reason: reason)) }
            }
            let k = scale.pooled?.hosts ?? 0
            if k == 2 { out.append(.twoHosts(agentCount: scale.agentCount)) }
            if k >= 2, k < 4 { out.append(.outliersNotChecked(agentCount: scale.agentCount, hosts: k)) }
        }
        return out
    }
}
