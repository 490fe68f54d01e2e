/// The soak phase as the manifest records it: the full integration workload at a steady rate, every
/// background worker running, after the suite.
public struct SoakInfo: Sendable, Equatable {
    /// Planned length of the judged part in seconds (after the warm-up).
    public var seconds: Double
    /// Messages per second the soak aims for (each a complete operation).
    public var messagesPerSecond: Double
    public var agentCount: Int
    /// The perf log's sampling interval during the soak, seconds.
    public var sampleIntervalSeconds: Double
    /// The warm-up before the judged `seconds` (every worker's first round), seconds; 0 in older files.
    public var warmupSeconds: Double

    public init(
        seconds: Double, messagesPerSecond: Double, agentCount: Int, sampleIntervalSeconds: Double,
        warmupSeconds: Double = 0
    ) {
        self.warmupSeconds = warmupSeconds
        self.seconds = seconds
        self.messagesPerSecond = messagesPerSecond
        self.agentCount = agentCount
        self.sampleIntervalSeconds = sampleIntervalSeconds
    }
}
