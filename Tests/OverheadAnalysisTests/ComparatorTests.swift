import OverheadFormat
import OverheadStats
import TestSupport
import Testing

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
        Manifest(
            host: HostInfo(hostname: host, kernel: "6.1", cpuModel: "x", cpuCount: 2, memoryMB: 4096, tmpfsMB: 2048),
            config: RunConfiguration(
                iterations: iterations, scaleLevels: [1, 10, 100], statisticalRuns: 10, warmupRuns: 1,
                concurrency: 1, sampleIntervalSeconds: 1, timeoutSeconds: nil,
                latencyRegressionThresholdMs: nil, seed: 1, targetOverheadPercent: 1, confidence: 0.95,
                untilDecided: false),
            target: TargetInfo(kind: "native"), startTime: "2026-11-26T10:00:00.000Z")
    }

    @Test("the change is exactly the ratio of the figures printed beside it, so their signs always agree")
    func changeAgreesWithComparedMeans() throws {
        for seed: UInt64 in 1...5 {
            let r = try Comparator.compare(old: recording(seed: seed), new: recording(seed: seed + 100, slowdown: 0.01))
            #expect(!r.rows.isEmpty)
            for row in r.rows where row.change.lower != nil {
                let ratio = (row.newComparedMs / row.oldComparedMs - 1) * 100
                #expect(abs(ratio - row.change.value) < 1e-9, "\(row)")
            }
        }
    }

    @Test("a 10% slowdown is a regression beyond a 5% limit; a 2% one is a regression within it")
    func regression() throws {
        let old = recording(seed: 1)
        let big = try Comparator.compare(old: old, new: recording(seed: 2, slowdown: 0.10), maxRegressionPercent: 5)
        let send = try #require(
            big.rows.first { $0.testName == "baseline" && $0.operation == "message_send" && $0.agentCount == 1 })
        #expect(send.verdict == .regressed)
        #expect(send.change.lower! > 5 && send.change.lower! < 10 && send.change.upper! > 10)
        #expect(send.exceedsLimit)
        // Shutdown does not scale with the base latency. One autocorrelation per recording, from
        // the common signal of all its series, leaves a steady machine's intervals as narrow as
        // plain Welch's (27 of 27 regressed; with one autocorrelation per series, 20).
        let scaled = big.rows.filter { $0.testName != "shutdown_integration" }
        #expect(scaled.count == 27)
        #expect(scaled.allSatisfy { $0.verdict == .regressed })
        #expect(big.regressionsBeyondLimit.count >= scaled.count / 2)

        let small = try Comparator.compare(old: old, new: recording(seed: 2, slowdown: 0.02), maxRegressionPercent: 5)
        #expect(small.rows.contains { $0.verdict == .regressed })
        #expect(small.regressionsBeyondLimit.isEmpty)
    }

    /// A simulated recording of the baseline only (or every test), with a random-walk machine drift.
    static func driftingRecording(seed: UInt64, factor: Double, tests: [TestName] = [.baseline]) -> Recording {
        var truth = RecordingSimulator.Truth()
        truth.baselineSendMs *= factor
        return RecordingSimulator(.init(seed: seed, blocks: 10, tests: tests, truth: truth, noise: .realistic))
            .recording()
    }

    @Test("with drift between runs a steady build is rarely called regressed, and the drift is warned about")
    func driftBetweenRuns() throws {
        // 500 pairs of independent recordings of the same build (realistic noise: the machine's
        // speed drifts as a random walk from run to run, RecordingSimulator.Noise.realistic).
        // Enough pairs for a rate near 5% to be measured within about ±2 points.
        let key = SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)
        var regressed = 0
        var plainRegressed = 0
        var warned = 0
        let pairs = 500
        for r in 0..<pairs {
            let old = Self.driftingRecording(seed: 0xD0 &+ UInt64(r) &* 2, factor: 1)
            let new = Self.driftingRecording(seed: 0xD1 &+ UInt64(r) &* 2, factor: 1)
            let result = try Comparator.compare(old: old, new: new)
            let row = try #require(result.rows.first { $0.testName == key.testName && $0.operation == key.operation })
            if row.verdict == .regressed { regressed += 1 }
            if result.warnings.contains(where: { if case .drift = $0 { true } else { false } }) { warned += 1 }
            // The method compare mode used before: plain Welch on the same block means.
            let a = RecordingSimulator.blockMeans(old, key).means
            let b = RecordingSimulator.blockMeans(new, key).means
            if let plain = MeanInterval.welchPercentChange(a, b, confidence: 0.95), plain.lower > 0 {
                plainRegressed += 1
            }
        }
        print(
            "compare, realistic drift, 10 runs, no change: regressed \(regressed)/\(pairs) (plain Welch \(plainRegressed)), drift warned in \(warned)"
        )
        #expect(Double(regressed) / Double(pairs) <= 0.06)
        #expect(plainRegressed > 3 * regressed)
        #expect(warned >= pairs / 2)
    }

    @Test("with drift between runs and every test recorded, a steady build is rarely called regressed in any row")
    func driftBetweenRunsFullSuite() throws {
        // The pooled autocorrelation has 14 series per recording to draw on here (2 above).
        var rows = 0
        var regressed = 0
        var plainRegressed = 0
        var sendRegressed = 0
        let pairs = 40
        for r in 0..<pairs {
            let old = Self.driftingRecording(seed: 0xE0 &+ UInt64(r) &* 2, factor: 1, tests: TestName.standardSuite)
            let new = Self.driftingRecording(seed: 0xE1 &+ UInt64(r) &* 2, factor: 1, tests: TestName.standardSuite)
            let result = try Comparator.compare(old: old, new: new)
            rows += result.rows.count
            regressed += result.rows.filter { $0.verdict == .regressed }.count
            sendRegressed +=
                result.rows.filter {
                    $0.verdict == .regressed && $0.testName == "baseline" && $0.operation == "message_send"
                }.count
            for key in old.series.keys {
                let a = RecordingSimulator.blockMeans(old, key).means
                let b = RecordingSimulator.blockMeans(new, key).means
                if let plain = MeanInterval.welchPercentChange(a, b, confidence: 0.95), plain.lower > 0 {
                    plainRegressed += 1
                }
            }
        }
        print(
            "compare, realistic drift, all tests, 10 runs, no change: regressed \(regressed)/\(rows) rows (plain Welch \(plainRegressed)), baseline/message_send \(sendRegressed)/\(pairs)"
        )
        #expect(rows == 14 * pairs)
        #expect(Double(regressed) / Double(rows) <= 0.08)
        #expect(Double(sendRegressed) / Double(pairs) <= 0.10)
        #expect(plainRegressed > 3 * regressed)
    }

    @Test("independent runs raise no drift warning")
    func noDriftNoWarning() throws {
        let same = try Comparator.compare(old: recording(seed: 1), new: recording(seed: 4))
        #expect(!same.warnings.contains { if case .drift = $0 { true } else { false } })
    }

    @Test("a faster build is improved; the same build mostly shows no significant change")
    func improvedAndUnchanged() throws {
        let old = recording(seed: 1)
        let faster = try Comparator.compare(old: old, new: recording(seed: 3, slowdown: -0.10))
        // All 27 improved (18 with one autocorrelation per series): see the note in `regression`.
        let scaled = faster.rows.filter { $0.testName != "shutdown_integration" }
        #expect(scaled.allSatisfy { $0.verdict == .improved })
        let same = try Comparator.compare(old: old, new: recording(seed: 4))
        let unchanged = same.rows.filter { $0.verdict == .noSignificantChange }.count
        #expect(Double(unchanged) >= 0.8 * Double(same.rows.count))
        #expect(same.regressionsBeyondLimit.isEmpty)
        #expect(same.rows.count == 30)
    }

    @Test("different hosts or configurations are warned about")
    func manifestWarnings() throws {
        var old = recording(seed: 1)
        var new = recording(seed: 2)
        old.manifest = manifest(host: "ci-1")
        new.manifest = manifest(host: "ci-2", iterations: 50)
        let r = try Comparator.compare(old: old, new: new)
        #expect(r.warnings.contains(.differentHosts([ManifestChange(name: "hostname", old: "ci-1", new: "ci-2")])))
        #expect(
            r.warnings.contains(.differentConfigurations([ManifestChange(name: "iterations", old: "100", new: "50")])))
        new.manifest = manifest(host: "ci-1")
        #expect(try Comparator.compare(old: old, new: new).warnings.isEmpty)
    }

    @Test("summaries only: a change without an interval is undetermined")
    func summariesOnly() throws {
        func rec(_ avg: Double) -> Recording {
            Recording(summaries: [
                StatisticsSummary(
                    timestamp: "t", testName: "baseline", agentCount: 1, operation: "message_send",
                    avgMs: avg, stddevMs: 0.01, p50Ms: avg, p95Ms: avg, p99Ms: avg, count: nil)
            ])
        }
        let r = try Comparator.compare(old: rec(0.1), new: rec(0.2))
        #expect(r.rows.count == 1)
        #expect(abs(r.rows[0].change.value - 100) < 1e-9)
        #expect(r.rows[0].verdict == .undetermined)
        #expect(!r.rows[0].exceedsLimit)
        #expect(r.warnings.contains { if case .summariesOnly = $0 { true } else { false } })
    }
}
