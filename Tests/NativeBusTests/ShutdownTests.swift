import Testing

@testable import NativeBus

@Suite("Coordinated shutdown")
struct ShutdownTests {
    @Test("shutdown drains and processes the inbox, removes the agent, and the counters balance")
    func drainsWithZeroLoss() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus(NativeBusConfiguration(inboxCapacity: 10))
        for agent in ["a", "b"] { try bus.initAgent(agent) }
        for _ in 0..<14 { try bus.send(from: "a", to: "b", type: "t", payload: "") }
        for _ in 0..<3 { try bus.send(from: "b", to: "a", type: "t", payload: "") }
        try bus.reportHealth(agent: "b", status: "healthy")
        #expect(try bus.receive("a") == 3)
        #expect(try bus.shutdown("b", timeoutSeconds: 5) == 10)
        #expect(bus.counters == NativeBusCounters(sent: 17, received: 3, drained: 10, evicted: 4))
        #expect(bus.counters.isBalanced)
        #expect(fixture.files(in: "\(fixture.root)/messages") == ["a"])
        #expect(!fixture.exists("\(fixture.root)/health/b"))
        #expect(throws: NativeBusError.agentNotInitialised(agent: "b", path: fixture.inboxPath("b"))) {
            try bus.send(from: "a", to: "b", type: "t", payload: "")
        }
        #expect(throws: NativeBusError.self) { try bus.shutdown("b", timeoutSeconds: 1) }
    }

    @Test("an agent that is shutting down refuses deliveries, and what arrived before is drained")
    func refusesWhileShuttingDown() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        for agent in ["a", "b"] { try bus.initAgent(agent) }
        for _ in 0..<4 { try bus.send(from: "a", to: "b", type: "t", payload: "") }
        try bus.beginShutdown("b")
        #expect(try bus.isShuttingDown("b"))
        #expect(throws: NativeBusError.recipientShuttingDown(agent: "b")) {
            try bus.send(from: "a", to: "b", type: "t", payload: "")
        }
        #expect(throws: NativeBusError.recipientShuttingDown(agent: "b")) {
            try bus.sendWithBackpressure(from: "a", to: "b", type: "t", payload: "")
        }
        #expect(fixture.files(in: "\(fixture.root)/messages/a/outbox").isEmpty)
        #expect(try bus.completeShutdown("b", timeoutSeconds: 5) == 4)
        #expect(bus.counters == NativeBusCounters(sent: 4, drained: 4))
        // The agent can come back; its pair numbering carries on.
        try bus.initAgent("b")
        #expect(try bus.send(from: "a", to: "b", type: "t", payload: "") == 5)
    }

    @Test("a shutdown that runs out of time says what is left, and a second call finishes it without loss")
    func timeoutThenResume() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        for _ in 0..<5 { try bus.send(from: "a", to: "a", type: "t", payload: "") }
        #expect(throws: NativeBusError.shutdownTimedOut(agent: "a", drained: 0, remaining: 5, timeoutSeconds: 0)) {
            try bus.shutdown("a", timeoutSeconds: 0)
        }
        #expect(throws: NativeBusError.recipientShuttingDown(agent: "a")) {
            try bus.send(from: "a", to: "a", type: "t", payload: "")
        }
        #expect(try bus.shutdown("a", timeoutSeconds: 5) == 5)
        #expect(bus.counters == NativeBusCounters(sent: 5, drained: 5))
        #expect(fixture.files(in: "\(fixture.root)/messages").isEmpty)
    }

    @Test("cleanup counts what it removes as drained and is idempotent")
    func cleanup() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        for _ in 0..<3 { try bus.send(from: "a", to: "a", type: "t", payload: "") }
        try bus.cleanupAgent("a")
        try bus.cleanupAgent("a")
        #expect(bus.counters == NativeBusCounters(sent: 3, drained: 3))
        #expect(fixture.files(in: "\(fixture.root)/messages").isEmpty)
    }
}
