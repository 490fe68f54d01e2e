import Foundation
import Testing

@testable import OverheadFormat

@Suite struct RecordJSONLineTests {
    @Test func sampleLineIsOneValidJSONObjectWithTheOriginalFields() throws {
        let s = Sample(
            timestamp: "2026-11-26T17:30:00.123Z", testName: "baseline", agentCount: 1, operation: "message_send",
            elapsedMs: 0.145, cpuPercent: 2.3, memoryMB: 150, run: 1, iteration: 7)
        let line = Record.sample(s).jsonLine
        #expect(!line.contains("\n"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["test_name"] as? String == "baseline")
        #expect(object["elapsed_ms"] as? Double == 0.145)
        #expect((object["metadata"] as? [String: Any])?["iteration"] as? Int == 7)
    }

    @Test func stringsWithControlCharactersAndQuotesRoundTrip() throws {
        let hostile = "a\"b\\c\n\u{01}<script>\u{2028}é"
        let line = JSONText.quoted(hostile)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(line)]".utf8)) as? [String]
        #expect(decoded == [hostile])
    }

    @Test func nonFiniteNumbersBecomeNull() {
        var out = ""
        JSONText.appendNumber(.nan, to: &out)
        #expect(out == "null")
    }
}
