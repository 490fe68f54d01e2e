import OverheadFormat

/// Drives a user's bash library through one persistent bash (`ShellDriver`).
///
/// Timing (`SampleTiming.bashEpochRealtime`): every timed operation is one driver call, composites
/// included, and bash's own `$EPOCHREALTIME` around the library's functions is the sample
/// (`lastOperationNanoseconds`); the recorder's round trip is kept beside it. The driver's cost is
/// then outside every sample, on both sides of every ratio.
public final class ShellTarget: BusTarget {
    /// How this target's samples are timed (the manifest says so).
    public static let ownTiming = SampleTiming.bashEpochRealtime

    private let driver: ShellDriver
    private let messageBaseDirectory: String
    public private(set) var counters = MessageCounters()
    public private(set) var lastOperationNanoseconds: UInt64?
    /// Seconds bash measured around the last call that answered (`$EPOCHREALTIME` after − before).
    public var lastCallInnerSeconds: Double? { lastOperationNanoseconds.map { Double($0) / 1e9 } }
    /// The library function that failed the last composite call, if one did.
    private var lastFailedFunction: String?

    public var timing: SampleTiming { Self.ownTiming }

    init(driver: ShellDriver, messageBaseDirectory: String) {
        self.driver = driver
        self.messageBaseDirectory = messageBaseDirectory
    }

    deinit { driver.shutDown() }

    /// The pid (= process group id) of the bash serving this target, if one runs.
    public var shellProcessID: Int32? { driver.pid }

    /// The running bash's environment (its token included), for processes started beside it.
    var processEnvironment: [String] { driver.processEnvironment }

    /// The library files in the order the driver sources them.
    var librarySourceOrder: [String] { driver.librarySourceOrder }

    /// Whether the sourced library defines `name` as a function.
    func definesFunction(_ name: String) -> Bool {
        (try? driver.call(["declare", "-F", name]))?.reply.exitCode == 0
    }

    public func initAgent(_ agent: String) throws {
        try run(["init_message_bus", agent])
    }

    public func send(from: String, to: String, type: String, payload: String) throws {
        try run(["send_message", from, to, type, payload])
        counters.sent += 1
    }

    public func receive(_ agent: String) throws -> Int {
        let result = try run([ShellDriverScript.receiveFunction, agent], stdout: .messageCount)
        let count = result.messageCount
        counters.received += count
        return count
    }

    public func emitMetric(name: String, value: Double, unit: String, tags: String) throws {
        try run(["emit_metric", name, Self.number(value), unit, tags])
    }

    public func sendWithMetric(from: String, to: String, type: String, payload: String, metric: MetricCall) throws {
        try runSending([ShellDriverScript.sendWithMetricFunction, from, to, type, payload] + Self.fields(metric))
    }

    /// Status 1 of `check_inbox_capacity` (full) does not fail the operation, as in the suite's
    /// single call; the send that follows then meets the library's own full-inbox handling.
    public func completeOperation(
        from: String, to: String, type: String, payload: String, metric: MetricCall, health: HealthCall?
    ) throws {
        var fields = [ShellDriverScript.completeOperationFunction, from, to, type, payload] + Self.fields(metric)
        if let health { fields += [health.agent, health.status, health.details] }
        try runSending(fields)
    }

    public func reportHealth(agent: String, status: String, details: String) throws {
        try run(["report_health", agent, status, details])
    }

    /// The last non-empty line the function printed, trimmed.
    public func checkHealth(_ agent: String) throws -> String {
        try run(["check_agent_health", agent], stdout: .lastLine).lastLine
    }

    /// Status 0: room; status 1: full (the original's convention); anything else fails.
    public func checkInboxCapacity(_ agent: String) throws -> Bool {
        let result = try run(["check_inbox_capacity", agent], accepting: [0, 1])
        return result.reply.exitCode == 0
    }

    public func sendWithBackpressure(from: String, to: String, type: String, payload: String) throws {
        try run(["send_with_backpressure", from, to, type, payload])
        counters.sent += 1
    }

    /// Drained = the agent's `*.json` inbox messages before the call minus those left after it.
    public func shutdown(_ agent: String, timeoutSeconds: Double) throws -> Int {
        let inbox = ShellLibrary.join(ShellLibrary.join(messageBaseDirectory, agent), "inbox")
        let before = ShellFileIO.countJSONFiles(in: inbox)
        try run(["shutdown_with_coordination", agent, Self.number(timeoutSeconds)])
        let drained = max(0, before - ShellFileIO.countJSONFiles(in: inbox))
        counters.drained += drained
        return drained
    }

    public func cleanupAgent(_ agent: String) throws {
        try run(["cleanup_message_bus", agent])
    }

    public func close() { driver.shutDown() }

    /// Emulates the recorder vanishing (tests): see `ShellDriver.dropConnection`.
    func dropConnection() { driver.dropConnection() }

    public func callFloor(arguments: [String]) throws {
        try run([ShellDriverScript.noopFunction] + arguments)
    }

    /// Runs a no-op through the driver with a send's arguments (calibration): bash times it as it
    /// times every library function, so its inner time is what any call pays beyond its body.
    func noop() throws {
        try callFloor(arguments: ["agent-1", "agent-2", Workload.messageType, Workload.payload])
    }

    // MARK: -

    @discardableResult
    func run(
        _ fields: [String], stdout: ShellDriver.StdoutUse = .ignore, accepting okCodes: Set<Int> = [0]
    ) throws -> ShellDriver.CallResult {
        let evictionsBefore = driver.lastEvictionsTotal
        let result: ShellDriver.CallResult
        do {
            result = try driver.call(fields, stdout: stdout)
        } catch {
            lastOperationNanoseconds = nil
            throw error
        }
        lastOperationNanoseconds = result.reply.innerNanoseconds
        lastFailedFunction = result.reply.failedFunction
        let name = result.reply.failedFunction ?? Self.functionName(fields[0])
        guard let evictionsTotal = result.reply.evictionsTotal else {
            let reason = Self.invalidEvictions(result.reply.evictionsText, after: name)
            driver.note(reason)
            throw OperationError(reason: reason, invalidLibraryOutput: true)
        }
        // Saturating: a library that counts up to 2^63−1 twice must not crash the recorder.
        let (sum, overflow) = counters.evicted.addingReportingOverflow(max(0, evictionsTotal - evictionsBefore))
        counters.evicted = overflow ? Int.max : sum
        guard okCodes.contains(result.reply.exitCode) else {
            let tail = driver.stderrTail(from: result.stderrStart)
            driver.note("\(name) returned status \(result.reply.exitCode)")
            throw OperationError(
                exitCode: result.reply.exitCode, reason: "\(name) returned status \(result.reply.exitCode)",
                stderrTail: tail)
        }
        return result
    }

    /// The library function(s) behind a call, for messages: composites by what they run.
    private static func functionName(_ field: String) -> String {
        switch field {
        case ShellDriverScript.receiveFunction: return "receive_messages"
        case ShellDriverScript.sendWithMetricFunction: return "send_message and emit_metric"
        case ShellDriverScript.completeOperationFunction: return "the complete operation"
        default: return field
        }
    }

    static func invalidEvictions(_ text: String, after name: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "invalid MESSAGE_BUS_EVICTIONS=\"\(shown)\" after \(name): "
            + "the eviction count must be a whole number from 0 to \(Int.max)"
    }

    /// Functions a composite runs after `send_message`: when one of them fails, the message was sent.
    private static let afterSend: Set<String> = ["emit_metric", "report_health"]

    /// Runs a composite that sends one message, counting it as sent unless the composite stopped
    /// before the send went through.
    private func runSending(_ fields: [String]) throws {
        lastFailedFunction = nil
        do {
            try run(fields)
        } catch {
            if let failed = lastFailedFunction, Self.afterSend.contains(failed) { counters.sent += 1 }
            throw error
        }
        counters.sent += 1
    }

    private static func fields(_ m: MetricCall) -> [String] { [m.name, number(m.value), m.unit, m.tags] }

    /// Shell-friendly number: `5`, not `5.0`; `0.25` as is.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
