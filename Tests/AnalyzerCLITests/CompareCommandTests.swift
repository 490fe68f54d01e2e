import Foundation
import OverheadFormat
import Testing
import TestSupport
@testable import AnalyzerCLI

@Suite("overhead-analyze compare")
struct CompareCommandTests {
    func recording(seed: UInt64, slowdown: Double) -> Recording {
        var s = SyntheticRecording()
        s.seed = seed
        s.blockDrift = 0.02
        s.scales = [1, 10]
        s.baseMs = { _ in 0.1 * (1 + slowdown) }
        return s.build()
    }

    @Test("a regression beyond --max-regression exits 1; a larger allowance exits 0")
    func regression() throws {
        let recs = ["old.jsonl": recording(seed: 1, slowdown: 0), "new.jsonl": recording(seed: 2, slowdown: 0.10)]
        let (code, io) = runCommand(["compare", "old.jsonl", "new.jsonl", "--json", "cmp.json"], recordings: recs)
        #expect(code == 1)
        #expect(io.out.contains("RECORDING COMPARISON"))
        #expect(io.out.contains("baseline/message_send"))
        #expect(io.out.contains("regressed (beyond 5.00%)"))
        let json = try #require(io.files["cmp.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { ($0["verdict"] as? String) != nil && $0["change_lower_percent"] is Double })
        #expect((object["regressions_beyond_limit"] as? Int ?? 0) > 0)

        let (lenient, _) = runCommand(["compare", "old.jsonl", "new.jsonl", "--max-regression", "50"], recordings: recs)
        #expect(lenient == 0)
    }

    @Test("an unchanged build exits 0; a missing side exits 2")
    func unchangedAndMissing() {
        let recs = ["old.jsonl": recording(seed: 1, slowdown: 0), "new.jsonl": recording(seed: 5, slowdown: 0)]
        #expect(runCommand(["compare", "old.jsonl", "new.jsonl"], recordings: recs).0 == 0)
        let (code, io) = runCommand(["compare", "old.jsonl", "gone.jsonl"], recordings: recs)
        #expect(code == 2)
        #expect(io.err.contains("gone.jsonl"))
    }
}
