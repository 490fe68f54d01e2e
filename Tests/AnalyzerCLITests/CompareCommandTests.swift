import Foundation
import OverheadFormat
import TestSupport
import Testing

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
        let (code, io) = runCommand(
            ["compare", "old.jsonl", "new.jsonl", "--json", "cmp.json", "--junit", "cmp.xml", "--html", "cmp.html"],
            recordings: recs,
            reports: .builtIn)
        #expect(code == 1)
        #expect(io.out.contains("RECORDING COMPARISON"))
        #expect(io.out.contains("baseline/message_send"))
        #expect(io.out.contains("regressed (beyond 5%)"))
        let json = try #require(io.files["cmp.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 20)
        #expect(
            rows.allSatisfy {
                ($0["verdict"] as? String) != nil && ($0["change_percent"] as? [String: Any])?["lower"] is Double
            })
        let beyond = try #require(object["regressions_beyond_limit"] as? Int)
        #expect(beyond > 0)
        // JUnit: each regression beyond the limit is a failure, and only those.
        let xml = String(decoding: try #require(io.files["cmp.xml"]), as: UTF8.self)
        #expect(xml.components(separatedBy: "<failure type=\"regression\"").count - 1 == beyond)
        #expect(xml.contains("tests=\"\(rows.count)\""))
        // HTML: a forest plot per scale and the table, the regressions marked.
        let html = String(decoding: try #require(io.files["cmp.html"]), as: UTF8.self)
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)  // 1 and 10 agents
        #expect(html.components(separatedBy: "regressed beyond limit").count - 1 == beyond)
        #expect(!html.contains("<script"))

        let (lenient, _) = runCommand(
            ["compare", "old.jsonl", "new.jsonl", "--max-regression", "50"], recordings: recs, reports: .builtIn)
        #expect(lenient == 0)
    }

    @Test("an unchanged build exits 0; a missing side exits 2")
    func unchangedAndMissing() {
        let recs = ["old.jsonl": recording(seed: 1, slowdown: 0), "new.jsonl": recording(seed: 5, slowdown: 0)]
        #expect(runCommand(["compare", "old.jsonl", "new.jsonl"], recordings: recs, reports: .builtIn).0 == 0)
        let (code, io) = runCommand(["compare", "old.jsonl", "gone.jsonl"], recordings: recs, reports: .builtIn)
        #expect(code == 2)
        #expect(io.err.contains("gone.jsonl"))
    }
}

@Suite("compare output golden files")
struct CompareGoldenTests {
    /// Two small synthetic recordings with fixed seeds: NEW 10% slower at 1 agent only.
    static func recordings() -> [String: Recording] {
        func make(seed: UInt64, slowdown: Double) -> Recording {
            var s = SyntheticRecording()
            s.seed = seed
            s.runs = 4
            s.iterations = 10
            s.blockDrift = 0.02
            s.scales = [1, 10]
            s.tests = [.baseline, .fullIntegration]
            s.baseMs = { n in n == 1 ? 0.1 * (1 + slowdown) : 0.1 }
            return s.build()
        }
        return ["old.jsonl": make(seed: 1, slowdown: 0), "new.jsonl": make(seed: 2, slowdown: 0.10)]
    }

    @Test("console table and JSON")
    func golden() throws {
        let (code, io) = runCommand(
            ["compare", "old.jsonl", "new.jsonl", "--json", "cmp.json"], recordings: Self.recordings(),
            reports: .builtIn)
        #expect(code == 1)
        try GoldenFile.check(io.out, against: "compare.txt")
        try GoldenFile.check(String(decoding: io.files["cmp.json"] ?? [], as: UTF8.self), against: "compare.json")
    }
}
