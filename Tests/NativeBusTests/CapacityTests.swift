import Testing

@testable import NativeBus

@Suite("Eviction and rate limiting")
struct CapacityTests {
    @Test(
        "a full inbox loses its oldest message on the next send, counted as an eviction",
        arguments: [InboxCounting.directorySize, .scan])
    func evictionAtCapacity(counting: InboxCounting) throws {
        let fixture = try BusFixture()
        if counting == .directorySize && !fixture.root.hasPrefix("/dev/shm/") { return }
        let bus = try fixture.bus(NativeBusConfiguration(inboxCapacity: 5), counting: counting)
        try bus.initAgent("a")
        try bus.initAgent("b")
        for _ in 1...8 { try bus.send(from: "a", to: "b", type: "t", payload: "") }
        #expect(try bus.inboxCount("b") == 5)
        #expect(bus.counters == NativeBusCounters(sent: 8, evicted: 3))
        let left = try bus.receiveMessages("b").map(ParsedMessage.init)
        #expect(left.map(\.sequence) == [4, 5, 6, 7, 8])
        #expect(bus.counters.isBalanced)
    }

    @Test("the inbox count from the directory size agrees with a scan")
    func countingMethods() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        let scanning = try fixture.bus(counting: .scan)
        try bus.initAgent("a")
        for n in [0, 1, 7] {
            _ = try bus.receive("a")
            for _ in 0..<n { try bus.send(from: "a", to: "a", type: "t", payload: "") }
            #expect(try bus.inboxCount("a") == n)
            #expect(try scanning.inboxCount("a") == n)
            #expect(fixture.files(in: fixture.inboxPath("a")).count == n)
        }
        if fixture.root.hasPrefix("/dev/shm/") { #expect(bus.inboxCounting == .directorySize) }
    }

    @Test("capacity check reports room until the rate-limit maximum")
    func capacityCheck() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus(NativeBusConfiguration(rateLimitMaximum: 3))
        try bus.initAgent("a")
        for expected in [true, true, true, false] {
            #expect(try bus.checkInboxCapacity("a") == expected)
            if expected { try bus.send(from: "a", to: "a", type: "t", payload: "") }
        }
        #expect(throws: NativeBusError.self) { try bus.checkInboxCapacity("missing") }
    }

    @Test("backpressure sends while there is room, then gives up with a clear error")
    func backpressureGivesUp() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus(
            NativeBusConfiguration(rateLimitMaximum: 2, backpressureWaitSeconds: 0.001, backpressureMaxTries: 3))
        try bus.initAgent("a")
        try bus.initAgent("b")
        try bus.sendWithBackpressure(from: "a", to: "b", type: "t", payload: "")
        try bus.sendWithBackpressure(from: "a", to: "b", type: "t", payload: "")
        let error = #expect(throws: NativeBusError.self) {
            try bus.sendWithBackpressure(from: "a", to: "b", type: "t", payload: "")
        }
        #expect(error == .backpressureExhausted(agent: "b", inboxCount: 2, capacity: 2, tries: 3, waitedSeconds: 0.002))
        #expect(error?.description.contains("still full (2/2) after 3 tries") == true)
        #expect(try bus.inboxCount("b") == 2)
        #expect(bus.counters == NativeBusCounters(sent: 2))
    }
}
