import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// The latency section's percentages compare each operation with the send timed beside it; the
/// report names that send, computed from the recording's own paired sends.
@Suite struct PairedSendTextTests {
    /// The mean over measured blocks of each block's 10% trimmed-mean `paired_send` in `test`'s
    /// window at `agents`, from the results file's sample lines (scipy.stats.trim_mean semantics).
    static func pairedSendMs(_ path: String, test: TestName, agents: Int) throws -> Double {
        var byRun: [Int: [Double]] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let data = line.data(using: .utf8),
                let r = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                r["type"] as? String == "sample",
                r["test_name"] as? String == test.rawValue, r["operation"] as? String == "paired_send",
                r["agent_count"] as? Int == agents, let meta = r["metadata"] as? [String: Any],
                meta["warmup"] as? Bool != true, let run = meta["run"] as? Int, let ms = r["elapsed_ms"] as? Double
            else { continue }
            byRun[run, default: []].append(ms)
        }
        let means = byRun.values.map { xs -> Double in
            let sorted = xs.sorted()
            let cut = Int(0.1 * Double(sorted.count))
            let kept = sorted[cut..<(sorted.count - cut)]
            return kept.reduce(0, +) / Double(kept.count)
        }
        return means.reduce(0, +) / Double(means.count)
    }

    @Test func theLatencyLinesNameThePairedSendTheyCompareWith() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fresh = try FreshRecording(in: dir, seed: 21)
        let result = try Analyzer.analyze(try fresh.read())
        let console = String(decoding: try ConsoleReport().render(result, options: ReportOptions()), as: UTF8.self)
        for scale in result.scales {
            let metrics = try Self.pairedSendMs(fresh.results, test: .metricsIntegration, agents: scale.agentCount)
            let full = try Self.pairedSendMs(fresh.results, test: .fullIntegration, agents: scale.agentCount)
            let m = try #require(scale.metricsPairedSendMs)
            let f = try #require(scale.fullPairedSendMs)
            #expect(abs(m - metrics) <= 1e-12 * metrics)
            #expect(abs(f - full) <= 1e-12 * full)
            #expect(console.contains("over its paired send, \(NumberText.ms(m)))"))
            #expect(console.contains("over its paired send, \(NumberText.ms(f)))"))
        }
    }

    @Test func recordingsWithoutPairedWindowsNameNone() throws {
        let console = String(
            decoding: try ConsoleReport().render(SampleResults.full, options: ReportOptions()), as: UTF8.self)
        #expect(SampleResults.full.scales.allSatisfy { $0.metricsPairedSendMs == nil && $0.fullPairedSendMs == nil })
        #expect(!console.contains("paired send,"))
    }
}
