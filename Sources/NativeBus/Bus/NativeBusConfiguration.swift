/// Limits and timings of the bus, with the original shell library's defaults.
public struct NativeBusConfiguration: Sendable, Equatable {
    /// An inbox holding this many messages evicts its oldest on the next send (FIFO), counted as an eviction.
    public var inboxCapacity: Int
    /// `checkInboxCapacity` reports room while the inbox holds fewer than this many messages.
    public var rateLimitMaximum: Int
    /// A health report older than this reads as `unhealthy`.
    public var healthTimeoutSeconds: Double
    /// `sendWithBackpressure` waits this long between tries while the inbox is full.
    public var backpressureWaitSeconds: Double
    /// `sendWithBackpressure` gives up after this many tries.
    public var backpressureMaxTries: Int
    /// The metrics JSONL file; nil puts it at `<root>/metrics/metrics.jsonl`.
    public var metricsFile: String?
    /// The `requires_ack` field written into every message.
    public var requiresAck: Bool

    public init(
        inboxCapacity: Int = 1000, rateLimitMaximum: Int = 1000, healthTimeoutSeconds: Double = 30,
        backpressureWaitSeconds: Double = 0.001, backpressureMaxTries: Int = 5,
        metricsFile: String? = nil, requiresAck: Bool = false
    ) {
        self.inboxCapacity = inboxCapacity
        self.rateLimitMaximum = rateLimitMaximum
        self.healthTimeoutSeconds = healthTimeoutSeconds
        self.backpressureWaitSeconds = backpressureWaitSeconds
        self.backpressureMaxTries = backpressureMaxTries
        self.metricsFile = metricsFile
        self.requiresAck = requiresAck
    }

    func validate() throws(NativeBusError) {
        if inboxCapacity < 1 { throw .invalidConfiguration("inbox capacity \(inboxCapacity) must be at least 1") }
        if rateLimitMaximum < 1 {
            throw .invalidConfiguration("rate-limit maximum \(rateLimitMaximum) must be at least 1")
        }
        if !(healthTimeoutSeconds > 0) {
            throw .invalidConfiguration("health timeout \(healthTimeoutSeconds) s must be positive")
        }
        if !(backpressureWaitSeconds >= 0) {
            throw .invalidConfiguration("backpressure wait \(backpressureWaitSeconds) s must not be negative")
        }
        if backpressureMaxTries < 1 {
            throw .invalidConfiguration("backpressure tries \(backpressureMaxTries) must be at least 1")
        }
    }
}
