import Foundation
import TestSupport
import Testing

/// The built binary's exports on a recorded sample, and a push that cannot reach its server.
@Suite("overhead-analyze exports end to end")
struct ExportEndToEndTests {
    static let sample = TestSupport.packageRoot.appendingPathComponent("samples/default")
    static let formats = ["markdown", "csv", "bmf", "github-benchmark", "openmetrics", "influx"]

    @Test("every export of a recorded sample is written; promtool accepts the OpenMetrics one")
    func everyExport() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try AnalyzerProcess.run(
            [
                Self.sample.appendingPathComponent("results.jsonl").path, "--perf-log",
                Self.sample.appendingPathComponent("perf.log").path, "--no-step-summary", "--color", "never",
            ] + Self.formats.flatMap { ["--export", "\($0)=out.\($0)"] }, in: dir)
        #expect(out.status == 1, "the sample fails its criteria: \(out.stderr)")
        #expect(out.stderr.isEmpty)
        for format in Self.formats {
            let data = try Data(contentsOf: dir.appendingPathComponent("out.\(format)"))
            #expect(data.count > 1000, "\(format)")
        }
        let bmf = try Data(contentsOf: dir.appendingPathComponent("out.bmf"))
        #expect(try JSONSerialization.jsonObject(with: bmf) is [String: [String: [String: Double]]])
        let benchmark = try Data(contentsOf: dir.appendingPathComponent("out.github-benchmark"))
        #expect(try JSONSerialization.jsonObject(with: benchmark) is [[String: Any]])
        let metrics = try Data(contentsOf: dir.appendingPathComponent("out.openmetrics"))
        let check = try ExternalProgram("promtool", package: "prometheus").run(
            ["check", "metrics"], input: Array(metrics))
        #expect(check.status == 0, "\(check.out)\(check.err)")
    }

    @Test("a push that cannot connect exits 3 after the local reports, naming the URL without credentials")
    func unreachablePush() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try AnalyzerProcess.run(
            [
                Self.sample.appendingPathComponent("results.jsonl").path, "--no-step-summary", "--json", "r.json",
                "--push-gateway", "http://user:pw@127.0.0.1:1/", "--push-retries", "1", "--push-timeout", "3",
            ], in: dir)
        #expect(out.status == 3, "\(out.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path))
        #expect(
            out.stderr.contains(
                "push to the Pushgateway http://127.0.0.1:1/metrics/job/overheadbench/instance/vm failed"))
        #expect(out.stderr.contains("(2 attempts)"))
        #expect(!out.stderr.contains("pw"))
    }
}
