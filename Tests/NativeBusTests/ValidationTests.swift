import Testing

@testable import NativeBus

@Suite("Agent id validation")
struct ValidationTests {
    static let rejected = [
        "../x", "", String(repeating: "a", count: 65), "/", "a/b", ".", "..", "a.b", "a b", "é", "x\n",
    ]

    @Test("ids outside [A-Za-z0-9_-]{1,64} are rejected by every operation", arguments: rejected)
    func rejectsBadIDs(_ id: String) throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("ok")
        let expected = NativeBusError.invalidAgentID(id)
        #expect(throws: expected) { try bus.initAgent(id) }
        #expect(throws: expected) { try bus.send(from: "ok", to: id, type: "t", payload: "") }
        #expect(throws: expected) { try bus.send(from: id, to: "ok", type: "t", payload: "") }
        #expect(throws: expected) { try bus.receive(id) }
        #expect(throws: expected) { try bus.reportHealth(agent: id, status: "healthy") }
        #expect(throws: expected) { try bus.checkHealth(id) }
        #expect(throws: expected) { try bus.checkInboxCapacity(id) }
        #expect(throws: expected) { try bus.shutdown(id, timeoutSeconds: 1) }
        #expect(throws: expected) { try bus.cleanupAgent(id) }
        #expect(fixture.files(in: "\(fixture.root)/messages") == ["ok"])
        #expect(expected.description.contains("^[A-Za-z0-9_-]{1,64}$"))
    }

    @Test("the longest and the oddest valid ids work")
    func acceptsValidIDs() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        for id in [String(repeating: "Z", count: 64), "a", "-", "_x-9"] {
            try bus.initAgent(id)
            try bus.send(from: id, to: id, type: "t", payload: "")
            #expect(try bus.receive(id) == 1)
        }
    }

    @Test("a bad configuration is refused with the setting named")
    func badConfiguration() throws {
        let fixture = try BusFixture()
        #expect(throws: NativeBusError.invalidConfiguration("inbox capacity 0 must be at least 1")) {
            try fixture.bus(NativeBusConfiguration(inboxCapacity: 0))
        }
    }
}
