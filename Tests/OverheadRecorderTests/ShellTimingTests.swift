import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// The shell target measures the library, not the driver: bash times every operation around the
/// library's functions (composites in one call), so the driver's round trip is on neither side of
/// a ratio, and added operations are measured above a no-op call timed beside them.
@Suite(.serialized) struct ShellTimingTests {
    /// Records the suite at 1 agent over the reference library with `fixture` sourced last.
    private func record(fixture: String, iterations: Int, runs: Int) throws -> (RecordedRun, Recording) {
        let dir = try TestSupport.makeTemporaryDirectory("shell-timing")
        let config = try RecorderHarness.configuration(in: dir) { options in
            options.target = "shell"
            options.libraryDirectory = ShellTestBed.referenceLibrary
            options.scales = "1"
            options.iterations = iterations
            options.runs = runs
        }
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: ShellTestBed.referenceLibrary,
                fileOverrides: ["shutdown-coordination": "\(ShellTestBed.fixtures)/\(fixture)"],
                callTimeoutSeconds: 10, logDirectory: dir.path))
        factory.calibrationCalls = 50
        let stderr = StringBox()
        let code = Recorder.run(
            config, factory: factory, decide: nil, progressMode: .quiet, errors: { stderr.append($0) })
        let run = try RecorderHarness.read(dir, code: code, stderr: stderr.value)
        let recording = try RecordingReader.read(resultsFiles: [run.resultsPath], perfLogs: [], options: ReadOptions())
        return (run, recording)
    }

    @Test func samplesAreTimedInsideBashWithTheRoundTripKeptBeside() throws {
        let (run, recording) = try record(fixture: "noop-layers.sh", iterations: 4, runs: 2)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(recording.manifest?.target.timing == .bashEpochRealtime)
        let samples = run.records(ofType: "sample")
        #expect(!samples.isEmpty)
        for s in samples {
            let inner = try #require(s["elapsed_ms"] as? Double)
            let roundTrip = try #require(s["round_trip_ms"] as? Double, "\(s)")
            #expect(inner <= roundTrip, "\(s)")
            // µs resolution: whole microseconds.
            #expect(abs(inner * 1000 - (inner * 1000).rounded()) < 1e-6, "\(s)")
        }
        let calibration = try #require(recording.calibration)
        let floor = try #require(calibration.callFloorMedianMs)
        #expect(floor > 0 && floor < calibration.noopMedianMs)
        let floors = samples.filter { $0["operation"] as? String == "call_floor" }
        #expect(floors.count == 2 * 3 * 4)  // health and rate limiting, 3 blocks (1 warm-up), 4 iterations
    }

    /// A layer that does nothing reads 0: at 99.9% confidence every component's interval contains
    /// 0 (a 95% interval would miss 0 one time in twenty by design) or lies within ±0.02 points of
    /// it — calling two do-nothing bash functions can differ by a few tenths of a µs, 0.01% of a
    /// 4 ms send, which long recordings resolve — and the added operations' estimates are far below
    /// their limits.
    @Test func layersThatDoNothingReadZero() throws {
        let (run, recording) = try record(fixture: "noop-layers.sh", iterations: 50, runs: 10)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let strict = try Analyzer.analyze(recording, options: AnalysisOptions(confidence: 0.999))
        let components = try #require(strict.scales.first?.components)
        for c in components where c.component != .residual {
            let lower = try #require(c.overhead.lower)
            let upper = try #require(c.overhead.upper)
            let containsZero = lower <= 0 && 0 <= upper
            let resolution = 0.02
            #expect(
                containsZero || (abs(lower) < resolution && abs(upper) < resolution), "\(c.component): \(c.overhead)")
        }
        // Far below their limits: a do-nothing layer's estimate is under half of it. (Whether its whole
        // 95% interval is depends on how many runs the machine's noise allows: with other suites'
        // tests running beside this one it sometimes is not.)
        let usual = try Analyzer.analyze(recording)
        for c in try #require(usual.scales.first?.components)
        where c.component == .health || c.component == .rateLimiting {
            let limit = try #require(c.limitPercent)
            #expect(abs(c.overhead.value) < limit / 2, "\(c.component): \(c.overhead)")
        }
    }

    /// A metrics layer that busy-waits 50 µs by bash's clock: its overhead's interval contains the
    /// known ratio, 50 µs over the baseline send's mean.
    @Test func aLayerOfKnownCostIsMeasuredAtThatCost() throws {
        let (run, recording) = try record(fixture: "busy-metric.sh", iterations: 30, runs: 8)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let result = try Analyzer.analyze(recording, options: AnalysisOptions(confidence: 0.999))
        let scale = try #require(result.scales.first)
        let metrics = try #require(scale.components.first { $0.component == .metrics })
        let known = 100 * 0.050 / scale.baselineMeanMs
        #expect(
            try #require(metrics.overhead.lower) <= known && known <= (try #require(metrics.overhead.upper)),
            "known \(known)%, measured \(metrics.overhead)")
    }

    /// The composite's own time is what bash measured around both functions: with a send that does
    /// nothing, the metrics operation takes the 50 µs of the busy metric, and far less than the round trip.
    @Test func aCompositeIsTimedAroundItsFunctionsOnly() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let script = bed.root.appendingPathComponent("quiet-send.sh").path
        try """
        source "\(ShellTestBed.fixtures)/busy-metric.sh"
        send_message() { return 0; }
        """.write(toFile: script, atomically: true, encoding: .utf8)
        let factory = try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: ShellTestBed.referenceLibrary, fileOverrides: ["shutdown-coordination": script],
                callTimeoutSeconds: 10, logDirectory: bed.logDirectory))
        let target = try #require(try factory.open(busRoot: bed.busRoot) as? ShellTarget)
        defer { target.close() }
        let metric = MetricCall(name: "m", value: 1, unit: "count", tags: "{}")
        var inner: [UInt64] = []
        for _ in 0..<20 {
            try target.sendWithMetric(from: "agent-1", to: "agent-1", type: "t", payload: "{}", metric: metric)
            inner.append(try #require(target.lastOperationNanoseconds))
        }
        inner.sort()
        #expect(inner[10] >= 50_000, "\(inner)")
        #expect(inner[10] < 1_000_000, "\(inner)")
    }

    @Test func whatTheLibraryWroteToStderrIsCountedInTheEndRecordAndSaid() throws {
        let (run, recording) = try record(fixture: "noisy.sh", iterations: 3, runs: 1)
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        let summary = try #require(recording.end?.libraryStderr)
        #expect(summary.lines > 10)
        #expect(summary.first.first == "noisy library loaded (stderr)")
        #expect(summary.log.hasSuffix("shell-target.stderr.log"))
        // The recorder's own notes in the log are not the library's.
        #expect(!summary.first.contains { $0.hasPrefix("[overhead-record]") })
    }

    @Test func aFailingFunctionInsideACompositeIsNamed() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "noop-layers.sh")
        defer { target.close() }
        // No inbox for agent-9: the reference send_message refuses it.
        let metric = MetricCall(name: "m", value: 1, unit: "count", tags: "{}")
        do {
            try target.sendWithMetric(from: "agent-1", to: "agent-9", type: "t", payload: "{}", metric: metric)
            Issue.record("the send to a missing inbox succeeded")
        } catch let error as OperationError {
            #expect(error.reason.hasPrefix("send_message returned status"), "\(error.reason)")
        }
        #expect(target.counters.sent == 0)
    }
}
