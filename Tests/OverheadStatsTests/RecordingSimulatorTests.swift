import OverheadFormat
import TestSupport
import Testing

@Suite("Recording simulator")
struct RecordingSimulatorTests {
    static let small = RecordingSimulator.Configuration(
        seed: 11, agentCounts: [1, 10], blocks: 4, warmupBlocks: 1, iterations: 20)

    @Test func sameSeedSameRecording() {
        let a = RecordingSimulator(Self.small).recording()
        let b = RecordingSimulator(Self.small).recording()
        #expect(a == b)
        var other = Self.small
        other.seed = 12
        #expect(RecordingSimulator(other).recording().series != a.series)
    }

    @Test func shapeMatchesTheRecorder() throws {
        let rec = RecordingSimulator(Self.small).recording()
        let send = try #require(rec.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 10)])
        #expect(send.count == 4 * 20)
        #expect(Set(send.run) == [1, 2, 3, 4] && Set(send.iteration) == Set(1...20))
        let shutdown = try #require(
            rec.series[SeriesKey(testName: "full_integration", operation: "shutdown", agentCount: 10)])
        #expect(shutdown.count == 4 * 10)
        // Every test and operation of the suite is present at every scale.
        for n in [1, 10] {
            for test in TestName.standardSuite {
                for op in test.operations {
                    #expect(
                        rec.series[SeriesKey(testName: test.rawValue, operation: op.rawValue, agentCount: n)] != nil)
                }
            }
        }
        // Block plans: one per block including warm-up, each a permutation of the tests.
        #expect(rec.blocks.count == 2 * 5)
        #expect(rec.blocks.allSatisfy { Set($0.order) == Set(TestName.standardSuite.map(\.rawValue)) })
        #expect(Set(rec.blocks.map(\.order)).count > 1)
        // Warm-up samples are counted, not kept.
        #expect(rec.warmupSamples > 0)
        #expect(rec.windows.count == 2 * 5 * TestName.standardSuite.count * 2)
    }

    @Test func withoutNoiseEverySampleIsItsTrueMean() throws {
        var config = Self.small
        config.noise = .none
        let sim = RecordingSimulator(config)
        let rec = sim.recording()
        for (key, s) in rec.series {
            let test = try #require(TestName(rawValue: key.testName))
            let op = try #require(OperationName(rawValue: key.operation))
            let truth = config.truth.meanMs(test, op, agentCount: key.agentCount)
            #expect(s.elapsedMs.allSatisfy { abs($0 - truth) <= 1e-12 * truth }, "\(key)")
        }
        // The true overheads follow from the configured means.
        let t = config.truth
        let s = t.meanMs(.baseline, .messageSend, agentCount: 10)
        #expect(
            abs(
                100 * (t.meanMs(.metricsIntegration, .messageSendWithMetrics, agentCount: 10) / s - 1)
                    - t.metricsPercent) < 1e-9)
        #expect(
            abs(100 * t.meanMs(.healthIntegration, .healthReport, agentCount: 10) * 0.1 / s - t.healthPercent) < 1e-9)
        #expect(
            abs(100 * t.meanMs(.rateLimitingIntegration, .capacityCheck, agentCount: 10) / s - t.rateLimitingPercent)
                < 1e-9)
    }

    @Test func noisyMeansConvergeToTheTruth() throws {
        var config = RecordingSimulator.Configuration(
            seed: 5, blocks: 200, iterations: 100,
            tests: [.baseline, .metricsIntegration])
        config.truth.metricsPercent = 10
        let rec = RecordingSimulator(config).recording()
        let b = try #require(rec.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)])

        let (bm, mm) = RecordingSimulator.pairedBlockMeans(
            rec, baseline: SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1),
            treatment: SeriesKey(testName: "metrics_integration", operation: "message_send_with_metrics", agentCount: 1)
        )
        let ratios = zip(bm, mm).map { $1 / $0 }
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        let sd = (ratios.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(ratios.count - 1)).squareRoot()
        print("per-block ratio mean \(mean) sd \(sd)")
        // 200 blocks: the mean of the per-block ratios is within 4 standard errors of 1.10.
        #expect(abs(mean - 1.10) < 4 * sd / Double(ratios.count).squareRoot(), "mean ratio \(mean), sd \(sd)")
        #expect(sd > 0.01 && sd < 0.2)
        // The noise is real: a spread of about ±25% per operation and some bursts.
        let sorted = b.elapsedMs.sorted()
        #expect(sorted.last! / sorted[sorted.count / 2] > 2)
    }

    @Test func recordsCarryEverySample() throws {
        let sim = RecordingSimulator(Self.small)
        let records = sim.records()
        let rec = sim.recording()
        let samples = records.compactMap { r -> Sample? in if case .sample(let s) = r { return s } else { return nil } }
        #expect(samples.count == rec.series.values.reduce(0) { $0 + $1.count } + rec.warmupSamples)
        guard case .manifest(let manifest)? = records.first, case .end(let end)? = records.last else {
            Issue.record("first record must be the manifest, last the end record")
            return
        }
        #expect(manifest.config.seed == 11 && end.samples == samples.count)
        #expect(records.first!.jsonLine.contains("\"manifest\""))
        #expect(samples.first!.timestamp.hasSuffix("Z") && samples.first!.timestamp.count == 24)
    }

    @Test func jsonLinesHoldOneRecordPerLine() {
        let sim = RecordingSimulator(
            RecordingSimulator.Configuration(seed: 3, blocks: 2, iterations: 5, tests: [.baseline]))
        let lines = sim.jsonLines().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        #expect(lines.count - 1 == sim.records().count)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        // 2 blocks × 5 iterations × (send, receive) samples.
        #expect(lines.filter { $0.contains("\"elapsed_ms\"") }.count == 20)
    }

    @Test func timestampsAreISO8601() {
        // Python: datetime.fromtimestamp(1795000000.1234, timezone.utc) = 2026-11-18T11:06:40.123400
        #expect(RecordingSimulator.isoTimestamp(1_795_000_000.1234) == "2026-11-18T11:06:40.123Z")
        // Leap day: datetime.fromtimestamp(951782400.5, timezone.utc) = 2000-02-29T00:00:00.5
        #expect(RecordingSimulator.isoTimestamp(951_782_400.5) == "2000-02-29T00:00:00.500Z")
    }
}
