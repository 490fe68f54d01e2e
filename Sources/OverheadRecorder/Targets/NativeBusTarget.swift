import NativeBus
import OverheadFormat

/// Opens driver instances of the embedded native bus (`--target native`, the default).
public final class NativeBusTargetFactory: BusTargetFactory {
    public let configuration: NativeBusConfiguration

    public init(configuration: NativeBusConfiguration = NativeBusConfiguration()) {
        self.configuration = configuration
    }

    public var info: TargetInfo { TargetInfo(kind: "native") }

    public var inboxCapacity: Int { configuration.inboxCapacity }

    public func open(busRoot: String) throws -> BusTarget {
        do {
            return NativeBusTarget(bus: try NativeBus(root: busRoot, configuration: configuration))
        } catch {
            throw OperationError(reason: error.description)
        }
    }

    /// The native bus is called directly, so there is no driver cost to subtract.
    public func calibrate(busRoot: String) throws -> Calibration? { nil }
}

/// One driver's view of the native bus: each instance has its own descriptors and counters,
/// so instances on the same root contend on `flock` like separate processes would.
final class NativeBusTarget: BusTarget {
    let bus: NativeBus

    init(bus: NativeBus) { self.bus = bus }

    func initAgent(_ agent: String) throws { try mapped { try bus.initAgent(agent) } }

    func send(from: String, to: String, type: String, payload: String) throws {
        try mapped { _ = try bus.send(from: from, to: to, type: type, payload: payload) }
    }

    func receive(_ agent: String) throws -> Int { try mapped { try bus.receive(agent) } }

    func emitMetric(name: String, value: Double, unit: String, tags: String) throws {
        try mapped { try bus.emitMetric(name: name, value: value, unit: unit, tags: tags) }
    }

    func reportHealth(agent: String, status: String, details: String) throws {
        try mapped { try bus.reportHealth(agent: agent, status: status, details: details) }
    }

    func checkHealth(_ agent: String) throws -> String { try mapped { try bus.checkHealth(agent).rawValue } }

    func checkInboxCapacity(_ agent: String) throws -> Bool { try mapped { try bus.checkInboxCapacity(agent) } }

    func sendWithBackpressure(from: String, to: String, type: String, payload: String) throws {
        try mapped { _ = try bus.sendWithBackpressure(from: from, to: to, type: type, payload: payload) }
    }

    func shutdown(_ agent: String, timeoutSeconds: Double) throws -> Int {
        try mapped { try bus.shutdown(agent, timeoutSeconds: timeoutSeconds) }
    }

    func cleanupAgent(_ agent: String) throws { try mapped { try bus.cleanupAgent(agent) } }

    var counters: MessageCounters {
        let c = bus.counters
        return MessageCounters(sent: c.sent, received: c.received, drained: c.drained, evicted: c.evicted)
    }

    func close() { bus.closeDescriptors() }

    /// Runs a bus call, turning its error into an `OperationError` carrying the bus's message.
    @inline(__always)
    private func mapped<R>(_ body: () throws -> R) throws(OperationError) -> R {
        do {
            return try body()
        } catch let error as NativeBusError {
            throw OperationError(reason: error.description, noSpace: error.isNoSpace)
        } catch {
            throw OperationError(reason: "\(error)")
        }
    }
}
