import Dispatch
import Foundation
import Synchronization
import Testing

@testable import NativeBus

@Suite("Concurrent use")
struct ConcurrencyTests {
    static let threads = 4
    static let perThread = 150

    @Test(
        "threads sending on one pair get unique, gapless sequence numbers; none lost or duplicated",
        arguments: [false, true])
    func sharedPair(separateInstances: Bool) throws {
        let fixture = try BusFixture()
        let shared = try fixture.bus()
        try shared.initAgent("a")
        try shared.initAgent("b")
        let buses = try (0..<Self.threads).map { _ in separateInstances ? try fixture.bus() : shared }
        let failures = Mutex<[String]>([])
        let sequences = Mutex<[UInt64]>([])
        DispatchQueue.concurrentPerform(iterations: Self.threads) { t in
            var mine: [UInt64] = []
            for i in 0..<Self.perThread {
                do {
                    mine.append(try buses[t].send(from: "a", to: "b", type: "t", payload: "{\"t\":\(t),\"i\":\(i)}"))
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            sequences.withLock { $0 += mine }
        }
        #expect(failures.withLock { $0 } == [])
        let total = Self.threads * Self.perThread
        #expect(sequences.withLock { $0.sorted() } == (1...UInt64(total)).map { $0 })
        let received = try shared.receiveMessages("b").map(ParsedMessage.init)
        #expect(received.map(\.sequence) == (1...total).map { $0 })
        let sent = separateInstances ? buses.reduce(0) { $0 + $1.counters.sent } : shared.counters.sent
        #expect(sent == total)
    }

    @Test("many senders to one recipient: every message arrives once, each sender's in order")
    func manySenders() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("sink")
        for t in 0..<Self.threads { try bus.initAgent("s\(t)") }
        DispatchQueue.concurrentPerform(iterations: Self.threads) { t in
            for _ in 0..<Self.perThread { _ = try? bus.send(from: "s\(t)", to: "sink", type: "t", payload: "") }
        }
        let received = try bus.receiveMessages("sink").map(ParsedMessage.init)
        #expect(received.count == Self.threads * Self.perThread)
        for t in 0..<Self.threads {
            #expect(received.filter { $0.from == "s\(t)" }.map(\.sequence) == (1...Self.perThread).map { $0 })
        }
        #expect(bus.counters == NativeBusCounters(sent: received.count, received: received.count))
    }

    @Test("concurrent senders, receivers and evictions keep sent = received + evicted")
    func conservationUnderContention() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus(NativeBusConfiguration(inboxCapacity: 20))
        try bus.initAgent("a")
        try bus.initAgent("b")
        DispatchQueue.concurrentPerform(iterations: Self.threads) { t in
            for i in 0..<Self.perThread {
                if t == 0 && i % 10 == 0 { _ = try? bus.receive("b") }
                _ = try? bus.send(from: "a", to: "b", type: "t", payload: "")
            }
        }
        _ = try bus.receive("b")
        let counters = bus.counters
        #expect(counters.sent == Self.threads * Self.perThread)
        #expect(counters.evicted > 0)
        #expect(counters.isBalanced)
    }

    @Test("concurrent metric appends produce one whole JSON line each")
    func metricLines() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        DispatchQueue.concurrentPerform(iterations: Self.threads) { t in
            for i in 0..<Self.perThread {
                _ = try? bus.emitMetric(name: "latency", value: Double(i) + 0.25, unit: "ms", tags: "{\"thread\":\(t)}")
            }
        }
        let text = try String(contentsOfFile: bus.metricsFilePath, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == Self.threads * Self.perThread)
        var perThread = [Int: Int]()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["timestamp", "metric", "value", "unit", "tags"])
            let thread = try #require((object["tags"] as? [String: Int])?["thread"])
            perThread[thread, default: 0] += 1
        }
        #expect(perThread == Dictionary(uniqueKeysWithValues: (0..<Self.threads).map { ($0, Self.perThread) }))
    }
}
