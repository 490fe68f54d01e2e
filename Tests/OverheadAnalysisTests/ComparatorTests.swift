import OverheadFormat
import Testing
import TestSupport
@testable import OverheadAnalysis

@Suite("Compare mode")
struct ComparatorTests {
    func recording(seed: UInt64, slowdown: Double = 0) -> Recording {
        var s = SyntheticRecording()
        s.seed = seed
        s.blockDrift = 0.02
        s.baseMs = { _ in 0.1 * (1 + slowdown) }
        return s.build()
    }

    func manifest(host: String, iterations: Int = 100) -> Manifest {
        Manifest(host: HostInfo(hostname: host, kernel: "6.1", cpuModel: "x", cpuCount: 2, memoryMB: 4096, tmpfsMB: 2048),
                 config: RunConfiguration(iterations: iterations, scaleLevels: [1, 10, 100], statisticalRuns: 10, warmupRuns: 1,
                                          concurrency: 1, sampleIntervalSeconds: 1, timeoutSeconds: nil,
                                          latencyRegressionThresholdMs: nil, seed: 1, targetOverheadPercent: 1, confidence: 0.95,
                                          untilDecided: false),
                 target: TargetInfo(kind: "native"), startTime: "2026-11-26T10:00:00.000Z")
    }

    @Test("a 10% slowdown is a regression beyond a 5% limit; a 2% one is a regression within it")
    func regression() throws {
        let old = recording(seed: 1)
        let big = try Comparator.compare(old: old, new: recording(seed: 2, slowdown: 0.10), maxRegressionPercent: 5)
        let send = try #require(big.rows.first { $0.testName == "baseline" && $0.operation == "message_send" && $0.agentCount == 10 })
        #expect(send.verdict == .regressed)
        #expect(send.change.lower! > 5 && send.change.lower! < 10 && send.change.upper! > 10)
        #expect(send.exceedsLimit)
        #expect(!big.regressionsBeyondLimit.isEmpty)

        let small = try Comparator.compare(old: old, new: recording(seed: 2, slowdown: 0.02), maxRegressionPercent: 5)
        #expect(small.rows.contains { $0.verdict == .regressed })
        #expect(small.regressionsBeyondLimit.isEmpty)
    }

    @Test("a faster build is improved; the same build mostly shows no significant change")
    func improvedAndUnchanged() throws {
        let old = recording(seed: 1)
        let faster = try Comparator.compare(old: old, new: recording(seed: 3, slowdown: -0.10))
        #expect(faster.rows.allSatisfy { $0.verdict == .improved || $0.testName == "shutdown_integration" })
        let same = try Comparator.compare(old: old, new: recording(seed: 4))
        let unchanged = same.rows.filter { $0.verdict == .noSignificantChange }.count
        #expect(Double(unchanged) >= 0.8 * Double(same.rows.count))
        #expect(same.regressionsBeyondLimit.isEmpty)
        #expect(same.rows.count == 30)
    }

    @Test("different hosts or configurations are warned about")
    func manifestWarnings() throws {
        var old = recording(seed: 1), new = recording(seed: 2)
        old.manifest = manifest(host: "ci-1")
        new.manifest = manifest(host: "ci-2", iterations: 50)
        let r = try Comparator.compare(old: old, new: new)
        #expect(r.warnings.contains { $0.contains("different hosts") && $0.contains("ci-1 → ci-2") })
        #expect(r.warnings.contains { $0.contains("different configurations") && $0.contains("iterations 100 → 50") })
        new.manifest = manifest(host: "ci-1")
        #expect(try Comparator.compare(old: old, new: new).warnings.isEmpty)
    }

    @Test("summaries only: a change without an interval is undetermined")
    func summariesOnly() throws {
        func rec(_ avg: Double) -> Recording {
            Recording(summaries: [StatisticsSummary(timestamp: "t", testName: "baseline", agentCount: 1, operation: "message_send",
                                                    avgMs: avg, stddevMs: 0.01, p50Ms: avg, p95Ms: avg, p99Ms: avg, count: nil)])
        }
        let r = try Comparator.compare(old: rec(0.1), new: rec(0.2))
        #expect(r.rows.count == 1)
        #expect(abs(r.rows[0].change.value - 100) < 1e-9)
        #expect(r.rows[0].verdict == .undetermined)
        #expect(!r.rows[0].exceedsLimit)
        #expect(r.warnings.contains { $0.contains("only summary records") })
    }
}
