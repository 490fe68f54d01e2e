import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// The latency section's percentages compare each operation with the send timed beside it; the
/// report shows both as the paired windows measure them, computed from the recording's own pairs.
@Suite struct PairedSendTextTests {
    /// Per measured block of `test`'s window at `agents`, the pair differences and the paired sends
    /// (ms), from the results file's sample lines: a pair is the test's paired operation and the
    /// `paired_send` of one iteration.
    static func pairs(_ path: String, test: TestName, agents: Int) throws -> [Int: [(it: Int, d: Double, p: Double)]] {
        var byRun: [Int: [Int: [String: Double]]] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            guard let data = line.data(using: .utf8),
                let r = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                r["type"] as? String == "sample",
                r["test_name"] as? String == test.rawValue, r["agent_count"] as? Int == agents,
                let op = r["operation"] as? String, let meta = r["metadata"] as? [String: Any],
                meta["warmup"] as? Bool != true, let run = meta["run"] as? Int, let it = meta["iteration"] as? Int,
                let ms = r["elapsed_ms"] as? Double
            else { continue }
            byRun[run, default: [:]][it, default: [:]][op] = ms
        }
        return byRun.mapValues { iterations in
            iterations.compactMap { it, pair in
                guard let send = pair["paired_send"],
                    let other = pair.first(where: { $0.key == test.pairedOperation?.rawValue })
                else { return nil }
                return (it, other.value - send, send)
            }
        }
    }

    /// scipy.stats.trim_mean(xs, 0.1).
    static func trimmed(_ xs: [Double]) -> Double {
        let sorted = xs.sorted()
        let cut = Int(0.1 * Double(sorted.count))
        let kept = sorted[cut..<(sorted.count - cut)]
        return kept.reduce(0, +) / Double(kept.count)
    }

    @Test func theLatencyLinesShowThePairedFiguresTheirPercentagesComeFrom() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fresh = try FreshRecording(in: dir, seed: 21)
        let result = try Analyzer.analyze(try fresh.read())
        let console = String(decoding: try ConsoleReport().render(result, options: ReportOptions()), as: UTF8.self)
        for scale in result.scales {
            for (test, paired) in [
                (TestName.metricsIntegration, scale.metricsPaired), (.fullIntegration, scale.fullPaired),
            ] {
                // Per block: P = trim_mean(sends, 0.1); D = trim_mean of the differences, every 10th
                // iteration (the full operation's health report) taken apart, weighted by share.
                let blocks = try Self.pairs(fresh.results, test: test, agents: scale.agentCount).values
                let send = blocks.map { Self.trimmed($0.map(\.p)) }.reduce(0, +) / Double(blocks.count)
                let d =
                    blocks.map { pairs -> Double in
                        let strata = Dictionary(grouping: pairs) { $0.it % 10 == 0 }
                        return strata.values.reduce(0) { $0 + Self.trimmed($1.map(\.d)) * Double($1.count) }
                            / Double(pairs.count)
                    }.reduce(0, +) / Double(blocks.count)
                let figures = try #require(paired, "\(test) at \(scale.agentCount)")
                #expect(abs(figures.sendMs - send) <= 1e-9 * send)
                #expect(abs(figures.operationMs - (send + d)) <= 1e-9 * send)
                #expect(
                    console.contains(
                        NumberText.ms(figures.operationMs) + " (")
                )
                #expect(console.contains("over its paired send, \(NumberText.ms(figures.sendMs)))"))
            }
        }
    }

    @Test func recordingsWithoutPairedWindowsNameNone() throws {
        let console = String(
            decoding: try ConsoleReport().render(SampleResults.full, options: ReportOptions()), as: UTF8.self)
        #expect(SampleResults.full.scales.allSatisfy { $0.metricsPaired == nil && $0.fullPaired == nil })
        #expect(!console.contains("paired send,"))
    }
}
