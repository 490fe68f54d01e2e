import Foundation
import Glibc
import Testing

@testable import NativeBus

@Suite("Health")
struct HealthTests {
    @Test("a reported status reads back; an agent that never reported is unknown")
    func reportAndCheck() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        #expect(try bus.checkHealth("a") == .unknown)
        for status in HealthStatus.allCases {
            try bus.reportHealth(agent: "a", status: status.rawValue, details: #"{"load":0.5}"#)
            #expect(try bus.checkHealth("a") == status)
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(fixture.root)/health/a/status.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["agent"] as? String == "a")
        #expect((object["details"] as? [String: Double])?["load"] == 0.5)
        #expect(fixture.files(in: "\(fixture.root)/health/a") == ["status.json"])
    }

    @Test("an unknown status word is rejected and nothing is written")
    func invalidStatus() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        #expect(throws: NativeBusError.invalidHealthStatus("fine")) { try bus.reportHealth(agent: "a", status: "fine") }
        #expect(!fixture.exists("\(fixture.root)/health/a"))
    }

    @Test("a report older than the timeout reads as unhealthy")
    func staleness() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus(NativeBusConfiguration(healthTimeoutSeconds: 30))
        try bus.reportHealth(agent: "a", status: "healthy")
        #expect(try bus.checkHealth("a") == .healthy)
        // Backdate the report by 31 s, just past the timeout.
        var times = [timespec(tv_sec: time(nil) - 31, tv_nsec: 0), timespec(tv_sec: time(nil) - 31, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, "\(fixture.root)/health/a/status.json", &times, 0) == 0)
        #expect(try bus.checkHealth("a") == .unhealthy)
        // Backdated by 29 s it is still fresh.
        times = [timespec(tv_sec: time(nil) - 29, tv_nsec: 0), timespec(tv_sec: time(nil) - 29, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, "\(fixture.root)/health/a/status.json", &times, 0) == 0)
        #expect(try bus.checkHealth("a") == .healthy)
    }
}
