/// One agent count across the fleet: every host's total overhead and, with two or more hosts
/// that have an interval, the pooled estimate.
public struct FleetScale: Sendable, Equatable {
    public var agentCount: Int
    /// One per host, in host order (also for hosts that did not measure this scale).
    public var hosts: [FleetHostEstimate]
    /// nil with fewer than two hosts with an interval here.
    public var pooled: FleetPooled?

    public init(agentCount: Int, hosts: [FleetHostEstimate], pooled: FleetPooled?) {
        self.agentCount = agentCount
        self.hosts = hosts
        self.pooled = pooled
    }

    /// The hosts whose interval lies wholly outside the others' prediction interval.
    public var outliers: [FleetHostEstimate] { hosts.filter { $0.outlier != nil } }
}
