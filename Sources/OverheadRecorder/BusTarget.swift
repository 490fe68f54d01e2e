import OverheadFormat

/// The bus under test, as the suite drives it: the embedded native bus or a user's shell library.
/// One instance serves one driver thread; with `--concurrency C` the suite opens C instances
/// (`BusTargetFactory.open`) over the same bus root, so lock contention is real.
public protocol BusTarget: AnyObject {
    /// `init_message_bus AGENT`: create the agent's inbox and outbox.
    func initAgent(_ agent: String) throws
    /// `send_message FROM TO TYPE PAYLOAD`: atomic delivery into the recipient's inbox.
    func send(from: String, to: String, type: String, payload: String) throws
    /// `receive_messages AGENT`: read and remove the inbox in sequence order; returns how many.
    func receive(_ agent: String) throws -> Int
    /// `emit_metric NAME VALUE UNIT TAGS`.
    func emitMetric(name: String, value: Double, unit: String, tags: String) throws
    /// `report_health AGENT STATUS DETAILS`.
    func reportHealth(agent: String, status: String, details: String) throws
    /// `check_agent_health AGENT`: the status string (`healthy`, `unhealthy`, `degraded`, `unknown`).
    func checkHealth(_ agent: String) throws -> String
    /// `check_inbox_capacity AGENT`: true while the inbox has room.
    func checkInboxCapacity(_ agent: String) throws -> Bool
    /// `send_with_backpressure FROM TO TYPE PAYLOAD`.
    func sendWithBackpressure(from: String, to: String, type: String, payload: String) throws
    /// `shutdown_with_coordination AGENT TIMEOUT`: returns how many inbox messages were drained.
    func shutdown(_ agent: String, timeoutSeconds: Double) throws -> Int
    /// `cleanup_message_bus AGENT`: remove the agent's resources, if any are left.
    func cleanupAgent(_ agent: String) throws
    /// The metrics test's operation: `send_message` then `emit_metric`, as the real system calls
    /// them back to back (one call into the target, so its per-call cost is the baseline's).
    func sendWithMetric(from: String, to: String, type: String, payload: String, metric: MetricCall) throws
    /// The full-integration operation: `check_inbox_capacity`, `send_message`, `emit_metric` and,
    /// when `health` is given, `report_health` — one call into the target.
    func completeOperation(
        from: String, to: String, type: String, payload: String, metric: MetricCall, health: HealthCall?
    ) throws
    /// Nanoseconds the target itself measured for its last operation, inside the system under test
    /// (the shell target: bash's `$EPOCHREALTIME` around the library's functions); nil when it
    /// measures none and the recorder's clock times the call (the native bus).
    var lastOperationNanoseconds: UInt64? { get }
    /// Calls a function that does nothing with `arguments`, timed as a library function is: the
    /// call floor of targets that time themselves. Nothing for targets the recorder times.
    func callFloor(arguments: [String]) throws
    /// Whether the target times its own operations (`lastOperationNanoseconds`) or the recorder does.
    var timing: SampleTiming { get }
    /// Message accounting since the target was opened, for the conservation check.
    var counters: MessageCounters { get }
    /// Releases processes, descriptors and files the target holds. Idempotent.
    func close()
}

/// sent = received + drained + evicted once every inbox is empty.
public struct MessageCounters: Sendable, Equatable {
    public var sent = 0
    public var received = 0
    public var drained = 0
    public var evicted = 0

    public init(sent: Int = 0, received: Int = 0, drained: Int = 0, evicted: Int = 0) {
        self.sent = sent
        self.received = received
        self.drained = drained
        self.evicted = evicted
    }

    public static func + (a: MessageCounters, b: MessageCounters) -> MessageCounters {
        MessageCounters(
            sent: a.sent + b.sent, received: a.received + b.received,
            drained: a.drained + b.drained, evicted: a.evicted + b.evicted)
    }

    public static func - (a: MessageCounters, b: MessageCounters) -> MessageCounters {
        MessageCounters(
            sent: a.sent - b.sent, received: a.received - b.received,
            drained: a.drained - b.drained, evicted: a.evicted - b.evicted)
    }
}

/// A bus operation that did not succeed: recorded as a failure, never timed as a success.
public struct OperationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Exit status of a shell function; nil for a native error or a timeout.
    public var exitCode: Int?
    public var reason: String
    /// Last lines of the operation's stderr, if any.
    public var stderrTail: String
    /// The bus's file system is full (ENOSPC): every later measurement would be meaningless,
    /// so the suite stops the run as an I/O error instead of recording failure after failure.
    public var noSpace: Bool
    /// The library answered with a value the recorder cannot use (an invalid eviction count): the
    /// suite stops the run (exit 2) instead of recording a wrong number.
    public var invalidLibraryOutput: Bool

    public init(
        exitCode: Int? = nil, reason: String, stderrTail: String = "", noSpace: Bool = false,
        invalidLibraryOutput: Bool = false
    ) {
        self.exitCode = exitCode
        self.reason = reason
        self.stderrTail = stderrTail
        self.noSpace = noSpace || Self.mentionsNoSpace(reason) || Self.mentionsNoSpace(stderrTail)
        self.invalidLibraryOutput = invalidLibraryOutput
    }

    /// strerror(ENOSPC) as the C library and the shell's tools print it.
    static func mentionsNoSpace(_ text: String) -> Bool { text.contains("No space left on device") }

    public var description: String { reason }
}

/// `emit_metric NAME VALUE UNIT TAGS` as a composite operation passes it.
public struct MetricCall: Sendable, Equatable {
    public var name: String
    public var value: Double
    public var unit: String
    public var tags: String

    public init(name: String, value: Double, unit: String, tags: String) {
        self.name = name
        self.value = value
        self.unit = unit
        self.tags = tags
    }
}

/// `report_health AGENT STATUS DETAILS` as a composite operation passes it.
public struct HealthCall: Sendable, Equatable {
    public var agent: String
    public var status: String
    public var details: String

    public init(agent: String, status: String, details: String) {
        self.agent = agent
        self.status = status
        self.details = details
    }
}

extension BusTarget {
    /// Targets called directly compose the operations from the single calls.
    public func sendWithMetric(from: String, to: String, type: String, payload: String, metric: MetricCall) throws {
        try send(from: from, to: to, type: type, payload: payload)
        try emitMetric(name: metric.name, value: metric.value, unit: metric.unit, tags: metric.tags)
    }

    public func completeOperation(
        from: String, to: String, type: String, payload: String, metric: MetricCall, health: HealthCall?
    ) throws {
        _ = try checkInboxCapacity(to)
        try sendWithMetric(from: from, to: to, type: type, payload: payload, metric: metric)
        if let health { try reportHealth(agent: health.agent, status: health.status, details: health.details) }
    }

    public var lastOperationNanoseconds: UInt64? { nil }

    public var timing: SampleTiming { .roundTrip }

    public func callFloor(arguments: [String]) throws {}
}

/// Opens driver instances of one kind of bus. The suite opens one instance per concurrent
/// driver thread, all over the same private bus root.
public protocol BusTargetFactory: AnyObject {
    /// Describes the target for the manifest (kind, library files and their checksums).
    var info: TargetInfo { get }
    /// Opens one driver instance over the bus rooted at `busRoot` (the recorder's private work directory).
    func open(busRoot: String) throws -> BusTarget
    /// The driver's own per-call cost (shell: a no-op call), measured once before the suite; nil for native.
    func calibrate(busRoot: String) throws -> Calibration?
    /// Files the target itself writes during a run with `drivers` drivers (e.g. the shell target's
    /// stderr logs), so the resource monitor can tell them from what the bus stores.
    func ownOutputFiles(drivers: Int) -> [String]
    /// What the library wrote to stderr during a run with `drivers` drivers; nil when nothing.
    func libraryStderr(drivers: Int) -> LibraryStderr?
    /// Messages an inbox holds before the bus evicts or refuses (for the plan check).
    var inboxCapacity: Int { get }
    /// The profiling phase (`--profile`), run after the measured blocks on the run's bus; it stops
    /// early when `shouldStop` turns true. nil when the target cannot be profiled.
    func profile(busRoot: String, settings: ProfileSettings, shouldStop: @escaping () -> Bool) throws -> Profile?
    /// The system under test of a run over `targets` (its background workers and accounting);
    /// nil when the target offers none.
    func systemUnderTest(
        busRoot: String, targets: [BusTarget], configuration: RecorderConfiguration,
        measuringThreads: RecorderThreadsCPU
    )
        -> SystemUnderTest?
}

extension BusTargetFactory {
    public func ownOutputFiles(drivers: Int) -> [String] { [] }

    public func libraryStderr(drivers: Int) -> LibraryStderr? { nil }

    public func profile(busRoot: String, settings: ProfileSettings, shouldStop: @escaping () -> Bool) throws
        -> Profile?
    { nil }

    /// The original library's limit.
    public var inboxCapacity: Int { RecorderDefaults.inboxCapacity }

    public func systemUnderTest(
        busRoot: String, targets: [BusTarget], configuration: RecorderConfiguration,
        measuringThreads: RecorderThreadsCPU
    )
        -> SystemUnderTest?
    { nil }
}

/// How to drive a user's bash library (`--target shell`).
public struct ShellTargetConfiguration: Sendable, Equatable {
    /// Directory holding `message-bus.sh`, `metrics.sh`, `health.sh`, `rate-limiting.sh`, `shutdown-coordination.sh`.
    public var libraryDirectory: String
    /// Role name → path, for libraries whose file names differ (`--lib-file NAME=PATH`).
    public var fileOverrides: [String: String]
    /// A call that takes longer fails, and its bash process group is killed and restarted.
    public var callTimeoutSeconds: Double
    /// Where the libraries' stderr log goes (the results file's folder).
    public var logDirectory: String

    public init(
        libraryDirectory: String, fileOverrides: [String: String] = [:], callTimeoutSeconds: Double = 10,
        logDirectory: String
    ) {
        self.libraryDirectory = libraryDirectory
        self.fileOverrides = fileOverrides
        self.callTimeoutSeconds = callTimeoutSeconds
        self.logDirectory = logDirectory
    }
}
