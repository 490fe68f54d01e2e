/// A background worker of the system under test as the manifest records it: what ran beside the
/// operations, how often, and where it came from.
public struct BackgroundWorkerInfo: Sendable, Equatable {
    /// The component name the perf log's `cpu:NAME` fields use (`liveness_probe`, …).
    public var name: String
    /// Seconds between two rounds of its work.
    public var intervalSeconds: Double
    /// Whether one instance runs per agent (the liveness probe) or one for the whole bus.
    public var perAgent: Bool
    /// What runs: a native worker (`native`), a library function (`start_liveness_probe AGENT`), or a
    /// `--background` command.
    public var command: String
    /// The integration layer it belongs to (`health`, `rate_limiting`, `metrics`), nil for user-given ones.
    public var layer: String?

    public init(name: String, intervalSeconds: Double, perAgent: Bool, command: String, layer: String? = nil) {
        self.name = name
        self.intervalSeconds = intervalSeconds
        self.perAgent = perAgent
        self.command = command
        self.layer = layer
    }
}
