import CFencedSpin
import Foundation
import OverheadFormat
import OverheadStats
import TestSupport
import Testing

@testable import OverheadRecorder

/// Time-sized windows, the paired windows and the synthetic layer, recorded for real.
@Suite struct PowerRecordingTests {
    private func nativeRun(_ adjust: (inout RecorderOptions) -> Void) throws -> RecordedRun {
        try RecorderHarness.nativeRun("recorder-power", adjust)
    }

    private func resolve(_ args: [String], env: [String: String] = [:]) throws -> RecorderConfiguration {
        try RecorderConfiguration.resolve(
            RecorderOptions.parse(args), environment: env, isDirectory: { $0 == "/dev/shm" }, randomSeed: { 1 })
    }

    @Test func whereTheIterationsComeFrom() throws {
        let pilot = try resolve([])
        #expect(pilot.run.iterationsSource == .default)
        #expect(pilot.minimumWindowMs == RecorderDefaults.minimumWindowMs)
        #expect(try resolve(["--min-window-ms", "200"]).minimumWindowMs == 200)
        let flag = try resolve(["--iterations", "7"])
        #expect(flag.run.iterationsSource == .flag && flag.minimumWindowMs == nil)
        let env = try resolve([], env: [EnvironmentVariable.iterations.rawValue: "9"])
        #expect(env.run.iterations == 9 && env.run.iterationsSource == .environment && env.minimumWindowMs == nil)
        #expect(try resolve(["--quick"]).run.iterationsSource == .quick)
        #expect(throws: ConfigurationError.self) { try resolve(["--min-window-ms", "0"]) }
    }

    @Test func theSyntheticLayerIsCheckedAndOnlyForTheNativeTarget() throws {
        #expect(try resolve(["--synthetic-layer-ns", "180"]).run.syntheticLayerNs == 180)
        #expect(try resolve(["--synthetic-layer-ns", "0"]).run.syntheticLayerNs == 0)
        #expect(try resolve([]).run.syntheticLayerNs == nil)
        #expect(throws: ConfigurationError.self) { try resolve(["--synthetic-layer-ns=-1"]) }
        #expect(throws: ConfigurationError.self) { try resolve(["--synthetic-layer-ns", "10000001"]) }
        #expect(throws: ConfigurationError.self) {
            try resolve(["--synthetic-layer-ns", "100", "--target", "shell", "--lib", "/tmp"])
        }
    }

    @Test func theFencedSpinRunsEveryStepOfItsChain() {
        // The chain x ← x·6364136223846793005 + 1442695040888963407 (mod 2⁶⁴), 1000 steps from 12345;
        // Python: x = 12345; for _ in range(1000): x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        #expect(overhead_fenced_spin(1000, 12345) == 3_554_153_303_644_541_409)
        #expect(overhead_fenced_spin(0, 12345) == 12345)
    }

    @Test func aCalibratedLayerDeliversAboutWhatWasAsked() {
        // Steps come from the fastest of five calibration spins and the delivered cost from the
        // median of five rounds, both by the thread's CPU clock: on any host they agree within a
        // factor of two, however loaded (the benchmark measures how closely).
        let layer = SyntheticLayer.calibrated(nanoseconds: 2000)
        #expect(layer.steps > 0)
        #expect(layer.cpuNanoseconds > 1000 && layer.cpuNanoseconds < 4000, "\(layer)")
        #expect(
            SyntheticLayer.calibrated(nanoseconds: 0)
                == SyntheticLayer(steps: 0, cpuNanoseconds: 0, requestedNanoseconds: 0))
    }

    @Test func thePilotSizesWindowsByTime() {
        // 20 µs per operation: a send and a receive take 40 µs, so 50 ms needs 1250 iterations.
        #expect(PlanPilot.iterations(windowMs: 50, secondsPerOperation: 20e-6) == 1250)
        // Never fewer than the original's 100, never more than the cap.
        #expect(PlanPilot.iterations(windowMs: 50, secondsPerOperation: 0.01) == RecorderDefaults.iterations)
        #expect(PlanPilot.iterations(windowMs: 1e9, secondsPerOperation: 1e-9) == PlanPilot.maximumIterations)
        #expect(PlanPilot.iterations(windowMs: 50, secondsPerOperation: 0) == RecorderDefaults.iterations)
    }

    @Test func pilotSizedRateLimitingWindowsStayWithinTheInboxes() {
        var run = RunConfiguration(
            iterations: 5000, scaleLevels: [1], statisticalRuns: 1, warmupRuns: 0, concurrency: 1,
            sampleIntervalSeconds: 1, timeoutSeconds: nil, latencyRegressionThresholdMs: nil, seed: 1,
            targetOverheadPercent: 1, confidence: 0.95, untilDecided: false)
        run.iterationsSource = .pilot
        #expect(Workload.iterations(.rateLimitingIntegration, run: run, agents: 2, inboxCapacity: 1000) == 2000)
        #expect(Workload.iterations(.metricsIntegration, run: run, agents: 2, inboxCapacity: 1000) == 5000)
        run.iterationsSource = .flag
        #expect(Workload.iterations(.rateLimitingIntegration, run: run, agents: 2, inboxCapacity: 1000) == 5000)
    }

    @Test func aRunSizedByThePilotRecordsItInTheManifest() throws {
        let run = try nativeRun {
            $0.iterations = nil
            $0.minWindowMs = 2
            $0.runs = 1
            $0.scales = "1"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let config = try #require(run.records.first?["config"] as? [String: Any])
        #expect(config["iterations_source"] as? String == "pilot")
        #expect(config["min_window_ms"] as? Double == 2)
        #expect((config["iterations"] as? Int ?? 0) >= RecorderDefaults.iterations)
        #expect(config["synthetic_layer_ns"] == nil)
    }

    @Test func theSyntheticLayerHasItsOwnPairedWindowAndJoinsTheFullOperation() throws {
        let run = try nativeRun {
            $0.syntheticLayerNs = 2000
            $0.scales = "2"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let config = try #require(run.records.first?["config"] as? [String: Any])
        #expect(config["synthetic_layer_ns"] as? Int == 2000)
        let delivered = try #require(config["synthetic_layer_cpu_ns"] as? Double)
        #expect(delivered > 0)
        for block in run.records(ofType: "block") {
            #expect((block["order"] as? [String] ?? []).contains("synthetic_layer"))
        }
        var counts: [String: Int] = [:]
        for s in run.records(ofType: "sample") where s["test_name"] as? String == "synthetic_layer" {
            counts[s["operation"] as? String ?? "", default: 0] += 1
        }
        // 3 blocks (1 warm-up) × 4 iterations, each a pair.
        #expect(counts == ["message_send_with_synthetic_layer": 12, "paired_send": 12])
        // Each iteration's pair shares its iteration number.
        let iterations = run.records(ofType: "sample").filter { $0["test_name"] as? String == "synthetic_layer" }
            .map {
                (
                    "\(($0["metadata"] as? [String: Any])?["warmup"] as? Bool ?? false)/"
                        + "\(($0["metadata"] as? [String: Any])?["run"] as? Int ?? 0)",
                    ($0["metadata"] as? [String: Any])?["iteration"] as? Int ?? 0
                )
            }
        #expect(Dictionary(grouping: iterations, by: { "\($0.0)/\($0.1)" }).values.allSatisfy { $0.count == 2 })
    }

    @Test func pairOrdersAreDrawnPerPairAndReproducible() {
        let seeds = (0..<4).map {
            BlockOrder.pairSeed(seed: 1, agentCount: 10, run: 1, warmup: false, test: .metricsIntegration, thread: $0)
        }
        #expect(Set(seeds).count == 4)
        #expect(
            BlockOrder.pairSeed(seed: 1, agentCount: 10, run: 1, warmup: false, test: .metricsIntegration, thread: 0)
                == seeds[0])
        var order = SplitMix64(state: seeds[0])
        let firsts = (0..<1000).map { _ in order.next() & 1 }
        let ones = firsts.reduce(0, +)
        #expect(ones > 400 && ones < 600)
    }

    @Test func theRecorderReducesAWindowAsTheAnalyzerDoes() throws {
        // Pairs (iteration 1..20): the treatment 1.1 µs slower, the 10th and 20th pairs periodic.
        var samples: [RawSample] = []
        for i in 1...20 {
            samples.append(
                RawSample(
                    startNs: 0, elapsedNs: 20_000, resources: 0, iteration: Int32(i),
                    operation: OperationName.pairedSend.code))
            samples.append(
                RawSample(
                    startNs: 0, elapsedNs: 21_100, resources: 0, iteration: Int32(i),
                    operation: OperationName.messageSendWithMetrics.code))
        }
        let w = try #require(SuiteRunner.pairedWindow(samples, operation: .messageSendWithMetrics))
        #expect(w.pairs == 20)
        #expect(abs(w.percent - 5.5) < 1e-9)
    }
}
