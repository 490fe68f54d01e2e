import Foundation
import OverheadFormat

@testable import OverheadRecorder

/// An in-memory bus shared by every driver instance a `FakeBusFactory` opens: enough behaviour
/// (inboxes, counters, health, shutdown draining) for the suite's record structure to be checked
/// without a file system.
final class FakeBusStore: @unchecked Sendable {
    let lock = NSLock()
    var inboxes: [String: Int] = [:]
    var health: [String: String] = [:]
    var metrics = 0
    /// Operations that throw, by name (`send`, `receive`, `reportHealth`, …).
    var failing: Set<String> = []
    /// Seconds each operation sleeps (to make windows slow for the signal and timeout tests).
    var delay: Double = 0
    var busRoots: [String] = []
}

final class FakeBusTarget: BusTarget {
    let store: FakeBusStore
    private(set) var counters = MessageCounters()

    init(store: FakeBusStore) { self.store = store }

    private func op<T>(_ name: String, _ body: () throws -> T) throws -> T {
        if store.delay > 0 { Thread.sleep(forTimeInterval: store.delay) }
        store.lock.lock()
        defer { store.lock.unlock() }
        if store.failing.contains(name) {
            throw OperationError(exitCode: 1, reason: "\(name) failed on purpose", stderrTail: "boom")
        }
        return try body()
    }

    func initAgent(_ agent: String) throws { try op("initAgent") { store.inboxes[agent] = store.inboxes[agent] ?? 0 } }
    func send(from: String, to: String, type: String, payload: String) throws {
        try op("send") {
            guard store.inboxes[to] != nil else { throw OperationError(reason: "no inbox for \(to)") }
            store.inboxes[to]! += 1
            counters.sent += 1
        }
    }
    func receive(_ agent: String) throws -> Int {
        try op("receive") {
            guard let n = store.inboxes[agent] else { throw OperationError(reason: "no inbox for \(agent)") }
            store.inboxes[agent] = 0
            counters.received += n
            return n
        }
    }
    func emitMetric(name: String, value: Double, unit: String, tags: String) throws {
        try op("emitMetric") { store.metrics += 1 }
    }
    func reportHealth(agent: String, status: String, details: String) throws {
        try op("reportHealth") { store.health[agent] = status }
    }
    func checkHealth(_ agent: String) throws -> String { try op("checkHealth") { store.health[agent] ?? "unknown" } }
    func checkInboxCapacity(_ agent: String) throws -> Bool {
        try op("checkInboxCapacity") { (store.inboxes[agent] ?? 0) < 1000 }
    }
    func sendWithBackpressure(from: String, to: String, type: String, payload: String) throws {
        try send(from: from, to: to, type: type, payload: payload)
    }
    func shutdown(_ agent: String, timeoutSeconds: Double) throws -> Int {
        try op("shutdown") {
            let n = store.inboxes.removeValue(forKey: agent) ?? 0
            counters.drained += n
            return n
        }
    }
    func cleanupAgent(_ agent: String) throws {
        try op("cleanupAgent") { _ = store.inboxes.removeValue(forKey: agent) }
    }
    func close() {}
}

final class FakeBusFactory: BusTargetFactory {
    let store = FakeBusStore()
    var info: TargetInfo { TargetInfo(kind: "native") }

    func open(busRoot: String) throws -> BusTarget {
        store.lock.lock()
        store.busRoots.append(busRoot)
        store.lock.unlock()
        return FakeBusTarget(store: store)
    }

    func calibrate(busRoot: String) throws -> Calibration? { nil }
}
