import OverheadAnalysis

extension WarningText {
    static func sentence(_ w: FleetWarning) -> String {
        func list(_ names: [String]) -> String { names.joined(separator: ", ") }
        switch w {
        case .singleHost:
            return "One recording only: there is nothing to pool; the figures below are that host's own analysis."
        case .differentSettings(let host, let changes):
            return "\(host) was recorded with other settings than the first recording: "
                + changes.map { "\($0.name) \($0.old) → \($0.new)" }.joined(separator: "; ")
                + ". The hosts did not run the same benchmark."
        case .manifestMissing(let hosts):
            return "No manifest in \(list(hosts)): their settings cannot be checked against the others'."
        case .sameHost(let hostname, let recordings):
            return "\(recordings.count) recordings name the host \(hostname) (\(list(recordings))): "
                + "the pooling treats them as different hosts, which understates how much hosts differ."
        case .scaleMissing(let agents, let hosts):
            return "No total overhead at \(ReportFacts.agents(agents)) from \(list(hosts)): "
                + "that scale rests on the other hosts only."
        case .notPooled(let agents, let hosts, let reason):
            return "Not pooled at \(ReportFacts.agents(agents)) (\(FleetText.exclusion(reason))): \(list(hosts))."
        case .twoHosts(let agents):
            return "Only 2 hosts at \(ReportFacts.agents(agents)): the pooled interval rests on 1 degree of freedom "
                + "(wide but honest), and a prediction for a new host needs 3."
        case .outliersNotChecked(let agents, let hosts):
            return "\(hosts) hosts at \(ReportFacts.agents(agents)): judging a host against the others' prediction "
                + "interval needs at least 4, so no host is checked for being odd."
        case .linesSkipped(let host, let count):
            return "\(count) malformed line\(count == 1 ? " was" : "s were") skipped in \(host)'s recording."
        }
    }
}
