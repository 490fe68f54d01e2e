/// Drives a user's bash library through one persistent bash (`ShellDriver`).
///
/// Timing: the suite times each method with its own monotonic clock, so a sample is the round trip
/// (command written, function run, answer read). The driver's share of that is what
/// `ShellTargetFactory.calibrate` measures with a no-op call. bash's own `$EPOCHREALTIME` reading
/// around the function alone is kept in `lastCallInnerSeconds` for comparison.
public final class ShellTarget: BusTarget {
    private let driver: ShellDriver
    private let messageBaseDirectory: String
    public private(set) var counters = MessageCounters()
    /// Seconds bash measured around the last call that answered (`$EPOCHREALTIME` after − before).
    public private(set) var lastCallInnerSeconds: Double?

    init(driver: ShellDriver, messageBaseDirectory: String) {
        self.driver = driver
        self.messageBaseDirectory = messageBaseDirectory
    }

    deinit { driver.shutDown() }

    /// The pid (= process group id) of the bash serving this target, if one runs.
    public var shellProcessID: Int32? { driver.pid }

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

    /// Runs a no-op through the driver (calibration).
    func noop() throws {
        try run([ShellDriverScript.noopFunction])
    }

    // MARK: -

    @discardableResult
    private func run(
        _ fields: [String], stdout: ShellDriver.StdoutUse = .ignore, accepting okCodes: Set<Int> = [0]
    ) throws -> ShellDriver.CallResult {
        let evictionsBefore = driver.lastEvictionsTotal
        let result: ShellDriver.CallResult
        do {
            result = try driver.call(fields, stdout: stdout)
        } catch {
            lastCallInnerSeconds = nil
            throw error
        }
        lastCallInnerSeconds = result.reply.innerSeconds
        let name = fields[0] == ShellDriverScript.receiveFunction ? "receive_messages" : fields[0]
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

    static func invalidEvictions(_ text: String, after name: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "invalid MESSAGE_BUS_EVICTIONS=\"\(shown)\" after \(name): "
            + "the eviction count must be a whole number from 0 to \(Int.max)"
    }

    /// Shell-friendly number: `5`, not `5.0`; `0.25` as is.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
