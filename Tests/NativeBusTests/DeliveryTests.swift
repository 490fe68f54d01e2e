import Foundation
import Glibc
import Synchronization
import Testing

@testable import NativeBus

@Suite("Send and receive")
struct DeliveryTests {
    @Test("a message file holds every field, with the payload embedded as JSON")
    func messageFields() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        try bus.initAgent("b")
        try bus.send(from: "a", to: "b", type: "task", payload: #"{"n":1,"s":"x"}"#)
        let names = fixture.files(in: fixture.inboxPath("b"))
        try #require(names.count == 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture.inboxPath("b") + "/" + names[0]))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "version", "msg_id", "from", "to", "timestamp", "sequence", "type", "payload", "requires_ack",
            ])
        #expect(object["from"] as? String == "a")
        #expect(object["to"] as? String == "b")
        #expect(object["sequence"] as? Int == 1)
        #expect(object["requires_ack"] as? Bool == false)
        #expect((object["payload"] as? [String: Any])?["s"] as? String == "x")
        let timestamp = try #require(object["timestamp"] as? String)
        #expect(timestamp.count == 24 && timestamp.hasSuffix("Z"))
        #expect(fixture.files(in: "\(fixture.root)/messages/a/outbox").isEmpty)
    }

    @Test("a payload that is not JSON is carried as a string, escaped")
    func plainPayload() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        try bus.send(from: "a", to: "a", type: "t\"q", payload: "line1\nline2 {\"not json")
        try bus.send(from: "a", to: "a", type: "t", payload: "")
        let messages = try bus.receiveMessages("a").map(ParsedMessage.init)
        #expect(messages[0].payload as? String == "line1\nline2 {\"not json")
        #expect(messages[1].payload is NSNull)
        #expect(messages[0].type == "t\"q")
    }

    @Test("receive returns messages in arrival order and empties the inbox")
    func ordering() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        for agent in ["a", "b", "c"] { try bus.initAgent(agent) }
        var expected: [String] = []
        for i in 0..<30 {
            let sender = i % 2 == 0 ? "a" : "c"
            try bus.send(from: sender, to: "b", type: "t", payload: "{\"i\":\(i)}")
            expected.append(sender)
        }
        let messages = try bus.receiveMessages("b").map(ParsedMessage.init)
        #expect(messages.map(\.from) == expected)
        #expect(messages.map { ($0.payload as? [String: Int])?["i"] } == (0..<30).map { $0 })
        #expect(try bus.receive("b") == 0)
        #expect(fixture.files(in: fixture.inboxPath("b")).isEmpty)
        #expect(bus.counters == NativeBusCounters(sent: 30, received: 30))
    }

    @Test("sequence numbers count per sender and recipient pair")
    func sequencesPerPair() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        for agent in ["a", "b", "c"] { try bus.initAgent(agent) }
        #expect(try bus.send(from: "a", to: "b", type: "t", payload: "") == 1)
        #expect(try bus.send(from: "a", to: "b", type: "t", payload: "") == 2)
        #expect(try bus.send(from: "c", to: "b", type: "t", payload: "") == 1)
        #expect(try bus.send(from: "a", to: "c", type: "t", payload: "") == 1)
        #expect(try bus.send(from: "a", to: "b", type: "t", payload: "") == 3)
        // A second instance on the same root continues the same numbering.
        let other = try fixture.bus()
        #expect(try other.send(from: "a", to: "b", type: "t", payload: "") == 4)
        let fromA = try bus.receiveMessages("b").map(ParsedMessage.init).filter { $0.from == "a" }
        #expect(fromA.map(\.sequence) == [1, 2, 3, 4])
    }

    @Test("sending to an agent without an inbox fails and names the agent")
    func missingRecipient() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        #expect(throws: NativeBusError.agentNotInitialised(agent: "ghost", path: fixture.inboxPath("ghost"))) {
            try bus.send(from: "a", to: "ghost", type: "t", payload: "")
        }
        let error = #expect(throws: NativeBusError.self) {
            try bus.send(from: "nobody", to: "a", type: "t", payload: "")
        }
        #expect(error?.description.contains("sender 'nobody' has no outbox") == true)
        #expect(bus.counters.sent == 0)
        #expect(throws: NativeBusError.self) { try bus.receive("ghost") }
    }

    @Test("a reader never sees a partial message file")
    func atomicDelivery() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.initAgent("a")
        try bus.initAgent("b")
        let payload = "{\"blob\":\"" + String(repeating: "x", count: 200_000) + "\"}"
        let inbox = fixture.inboxPath("b")
        let done = Atomic(false)
        let problems = Mutex<[String]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            while !done.load(ordering: .acquiring) {
                for name in (try? FileManager.default.contentsOfDirectory(atPath: inbox)) ?? [] {
                    guard let data = FileManager.default.contents(atPath: inbox + "/" + name) else { continue }
                    if data.last != 0x0A || (try? JSONSerialization.jsonObject(with: data)) == nil {
                        problems.withLock { $0.append("\(name): \(data.count) bytes") }
                    }
                }
            }
        }
        for _ in 0..<40 { try bus.send(from: "a", to: "b", type: "t", payload: payload) }
        done.store(true, ordering: .releasing)
        group.wait()
        #expect(problems.withLock { $0 } == [])
        #expect(try bus.receive("b") == 40)
    }
}
