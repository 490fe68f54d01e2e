/// Message accounting of one `NativeBus` instance. Once every inbox is empty,
/// summed over all instances on a bus root: sent = received + drained + evicted.
public struct NativeBusCounters: Sendable, Equatable {
    /// Messages renamed into an inbox.
    public var sent: Int
    /// Messages taken out of an inbox by `receive`.
    public var received: Int
    /// Messages taken out of an inbox by `shutdown` or `cleanupAgent`.
    public var drained: Int
    /// Oldest messages removed to make room in a full inbox.
    public var evicted: Int

    public init(sent: Int = 0, received: Int = 0, drained: Int = 0, evicted: Int = 0) {
        self.sent = sent
        self.received = received
        self.drained = drained
        self.evicted = evicted
    }

    /// True when every sent message is accounted for.
    public var isBalanced: Bool { sent == received + drained + evicted }
}
