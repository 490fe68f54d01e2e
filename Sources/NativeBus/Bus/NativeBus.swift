import Glibc
import Synchronization

/// The embedded message bus: a native implementation of the shell library's on-disk design
/// (see `BusLayout`), meant for tmpfs. Safe to call from several threads at once; other
/// instances and processes may work on the same root, since exclusion is by `flock` and
/// delivery by `rename`.
public final class NativeBus: Sendable {
    public let root: String
    public let configuration: NativeBusConfiguration
    /// How inboxes are counted on this file system.
    public let inboxCounting: InboxCounting

    let layout: BusLayout
    let channels = Mutex<[Channel]>([])
    let sentCount = Atomic<Int>(0)
    let receivedCount = Atomic<Int>(0)
    let drainedCount = Atomic<Int>(0)
    let evictedCount = Atomic<Int>(0)
    /// Times each operation's phases when profiling; nil (the default) for every measured bus.
    let phases: PhaseTimer?

    /// Opens the bus under `root`, creating `root` (mode 0700) and its top-level folders if missing.
    public convenience init(root: String, configuration: NativeBusConfiguration = NativeBusConfiguration())
        throws(NativeBusError)
    {
        try self.init(root: root, configuration: configuration, counting: nil)
    }

    /// A bus whose operations report their phases to `phases` (the profiling phase only).
    public convenience init(root: String, configuration: NativeBusConfiguration, phases: PhaseTimer)
        throws(NativeBusError)
    {
        try self.init(root: root, configuration: configuration, counting: nil, phases: phases)
    }

    /// `counting` forces a counting method instead of probing (tests use it to cover both).
    init(
        root: String, configuration: NativeBusConfiguration, counting: InboxCounting?, phases: PhaseTimer? = nil
    ) throws(NativeBusError) {
        try configuration.validate()
        self.phases = phases
        self.root = root
        self.configuration = configuration
        self.layout = BusLayout(root: root, metricsFile: configuration.metricsFile)
        var path = ByteBuffer(capacity: 512)
        defer { path.deallocate() }
        path.append(layout.root)
        path.terminate()
        var code = Sys.mkdirIfMissing(path.cString)
        if code != 0 { throw Sys.failure("mkdir", path, code) }
        for name: StaticString in ["messages", "sequences", "metrics", "health"] {
            layout.directory(name, into: &path)
            code = Sys.mkdirIfMissing(path.cString)
            if code != 0 { throw Sys.failure("mkdir", path, code) }
        }
        layout.directory("messages", into: &path)
        self.inboxCounting = counting ?? InboxCounting.probe(in: &path)
    }

    /// Message accounting of this instance since it was opened.
    public var counters: NativeBusCounters {
        NativeBusCounters(
            sent: sentCount.load(ordering: .relaxed), received: receivedCount.load(ordering: .relaxed),
            drained: drainedCount.load(ordering: .relaxed), evicted: evictedCount.load(ordering: .relaxed))
    }

    /// Most descriptors one caller can hold on an instance at once: a cached sequence file per
    /// sender → recipient pair it sent for (at most `Channel.maxSequenceFiles`), the metrics file
    /// and the health lock, plus the few a call opens for a moment (staged message, inbox listing).
    public static func descriptorsPerCaller(pairs: Int) -> Int {
        min(max(pairs, 0), Channel.maxSequenceFiles) + 2 + 3
    }

    /// Closes the descriptors this instance keeps open. The bus stays usable; they reopen on demand.
    public func closeDescriptors() {
        let idle = channels.withLock { pool -> [Channel] in
            let all = pool
            pool.removeAll()
            return all
        }
        for channel in idle { channel.closeDescriptors() }
    }

    /// Runs `body` with a channel no other thread is using.
    @inline(__always)
    func withChannel<R>(_ body: (Channel) throws(NativeBusError) -> R) throws(NativeBusError) -> R {
        let channel = channels.withLock { $0.popLast() } ?? Channel()
        defer { channels.withLock { $0.append(channel) } }
        return try body(channel)
    }
}
