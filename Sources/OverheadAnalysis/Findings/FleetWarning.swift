/// A caveat about a fleet of recordings, as data: the reports word it (`WarningText`).
public enum FleetWarning: Sendable, Equatable {
    /// One recording only: nothing is pooled; its own analysis is the answer.
    case singleHost
    /// A recording's suite or settings differ from the first one's (`compare`'s manifest
    /// check): the hosts did not run the same benchmark.
    case differentSettings(host: String, changes: [ManifestChange])
    /// Recordings without a manifest: their settings cannot be checked.
    case manifestMissing(hosts: [String])
    /// Several recordings name the same host: the model treats them as different hosts.
    case sameHost(hostname: String, recordings: [String])
    /// Hosts without a total overhead at this agent count.
    case scaleMissing(agentCount: Int, hosts: [String])
    /// Hosts with a value but no usable interval at this agent count, left out of the pooling.
    case notPooled(agentCount: Int, hosts: [String], reason: FleetExclusion)
    /// Only two hosts at this agent count: the pooled interval has 1 degree of freedom (wide) and
    /// there is no prediction interval.
    case twoHosts(agentCount: Int)
    /// Fewer than four pooled hosts: no host can be judged against the others' prediction interval.
    case outliersNotChecked(agentCount: Int, hosts: Int)
    /// Malformed lines were skipped in this host's recording.
    case linesSkipped(host: String, count: Int)
}
