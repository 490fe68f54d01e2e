/// The soak phase as the manifest records it: the full integration workload at a steady rate, every
/// background worker running, after the suite.
public struct SoakInfo: Sendable, Equatable {
    /// Planned length in seconds.
    public var seconds: Double
    /// Messages per second the soak aims for (each a complete operation).
    public var messagesPerSecond: Double
    public var agentCount: Int
    /// The perf log's sampling interval during the soak, seconds.
    public var sampleIntervalSeconds: Double

    public init(seconds: Double, messagesPerSecond: Double, agentCount: Int, sampleIntervalSeconds: Double) {
        self.seconds = seconds
        self.messagesPerSecond = messagesPerSecond
        self.agentCount = agentCount
        self.sampleIntervalSeconds = sampleIntervalSeconds
    }
}
