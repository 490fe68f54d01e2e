import Foundation
import OverheadAnalysis
import TestSupport
import Testing

@testable import OverheadReports

/// The benchmark-tracker exports against the shapes their consumers document, field by field, and
/// their figures against the JSON report's.
@Suite struct ExportShapeTests {
    static func json(_ renderer: any ReportRenderer, _ r: AnalysisResult = SampleResults.full) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try renderer.render(r, options: ReportOptions())))
    }

    /// Bencher Metric Format, https://bencher.dev/docs/reference/bencher-metric-format/ :
    ///
    ///     { "<benchmark name>": { "<measure slug>": { "value": number,
    ///                                                 "lower_value": number (optional),
    ///                                                 "upper_value": number (optional) } } }
    static func checkBMF(_ doc: Any) -> [String] {
        guard let benchmarks = doc as? [String: Any] else { return ["top level is not an object"] }
        var problems: [String] = []
        for (name, measures) in benchmarks {
            guard let measures = measures as? [String: Any], !measures.isEmpty else {
                problems.append("\(name): not an object of measures")
                continue
            }
            for (slug, metric) in measures {
                guard let metric = metric as? [String: Any] else {
                    problems.append("\(name).\(slug): not an object")
                    continue
                }
                if !(metric["value"] is NSNumber) { problems.append("\(name).\(slug): value missing") }
                for key in metric.keys where !["value", "lower_value", "upper_value"].contains(key) {
                    problems.append("\(name).\(slug): unknown key \(key)")
                }
                for key in ["lower_value", "upper_value"] where metric[key] != nil && !(metric[key] is NSNumber) {
                    problems.append("\(name).\(slug).\(key): not a number")
                }
            }
        }
        return problems
    }

    /// github-action-benchmark `customSmallerIsBetter`,
    /// https://github.com/benchmark-action/github-action-benchmark#examples (README, "Examples" and
    /// src/extract.ts `BenchmarkResult`):
    ///
    ///     [ { "name": string, "unit": string, "value": number,
    ///         "range": string (optional), "extra": string (optional) } ]
    static func checkGitHubBenchmark(_ doc: Any) -> [String] {
        guard let entries = doc as? [[String: Any]] else { return ["top level is not an array of objects"] }
        var problems: [String] = []
        for (i, e) in entries.enumerated() {
            if !(e["name"] is String) { problems.append("[\(i)].name missing") }
            if !(e["unit"] is String) { problems.append("[\(i)].unit missing") }
            if !(e["value"] is NSNumber) || e["value"] is Bool { problems.append("[\(i)].value not a number") }
            for key in ["range", "extra"] where e[key] != nil && !(e[key] is String) {
                problems.append("[\(i)].\(key) not a string")
            }
            for key in e.keys where !["name", "unit", "value", "range", "extra"].contains(key) {
                problems.append("[\(i)]: unknown key \(key)")
            }
        }
        return problems
    }

    @Test(arguments: ["full", "summaries", "hostile"])
    func bothMatchTheirPublishedShapes(fixture: String) throws {
        let r =
            fixture == "full"
            ? SampleResults.full : fixture == "summaries" ? SampleResults.summariesOnly : ExportFixtures.hostile
        #expect(Self.checkBMF(try Self.json(BMFReport(), r)) == [])
        #expect(Self.checkGitHubBenchmark(try Self.json(GitHubBenchmarkReport(), r)) == [])
    }

    /// Equal to the last few bits: Foundation's JSON reader on Linux does not always read the
    /// shortest round-trip text back to the identical `Double`.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1e-300)
    }

    @Test func bmfFiguresAreTheAnalysisFigures() throws {
        let r = SampleResults.full
        let doc = try #require(try Self.json(BMFReport()) as? [String: [String: [String: Double]]])
        for s in r.series {
            let latency = try #require(doc["\(s.testName)/\(s.operation)/agents=\(s.agentCount)"]?["latency"])
            #expect(Self.same(latency["value"], s.mean * 1e6))
            #expect(Self.same(latency["lower_value"], (s.mean - s.stddev) * 1e6))
            #expect(Self.same(latency["upper_value"], (s.mean + s.stddev) * 1e6))
        }
        for s in r.scales {
            let total = try #require(doc["overhead/total_overhead/agents=\(s.agentCount)"]?["overhead"])
            #expect(Self.same(total["value"], s.total?.value))
            #expect(Self.same(total["lower_value"], s.total?.lower))
            #expect(Self.same(total["upper_value"], s.total?.upper))
            for c in s.components {
                let m = try #require(doc["overhead/\(c.component.rawValue)/agents=\(s.agentCount)"]?["overhead"])
                #expect(Self.same(m["value"], c.overhead.value) && Self.same(m["lower_value"], c.overhead.lower))
            }
        }
        let cpu = try #require(doc["criterion/cpu/agents=100"]?["criterion"])
        #expect(
            Self.same(cpu["value"], 3.2) && Self.same(cpu["lower_value"], 2.9) && Self.same(cpu["upper_value"], 3.5))
        #expect(doc["criterion/tmpfs_bounded"] == nil, "a criterion without a measurement has no value")
    }

    @Test func githubBenchmarkEntriesCarryVerdictAndN() throws {
        let entries = try #require(try Self.json(GitHubBenchmarkReport()) as? [[String: Any]])
        let total = try #require(entries.first { $0["name"] as? String == "overhead/total_overhead/agents=100" })
        #expect(total["unit"] as? String == "%")
        #expect(Self.same(total["value"] as? Double, SampleResults.full.scales[2].total?.value))
        #expect(total["range"] as? String == "± 0.55")
        #expect(total["extra"] as? String == "verdict: FAIL\nn: 5\nconfidence: 95%\nlimit: 1%")
        let send = try #require(entries.first { $0["name"] as? String == "baseline/message_send/agents=10" })
        #expect(send["unit"] as? String == "ms" && send["value"] as? Double == 0.135)
        #expect((send["extra"] as? String)?.hasPrefix("n: 500\n") == true)
    }
}
