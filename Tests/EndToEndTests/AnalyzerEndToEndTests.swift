import Foundation
import OverheadFormat
import TestSupport
import Testing

/// The built `overhead-analyze` binary on files: exit codes, reports written, diagnostics.
@Suite("overhead-analyze end to end")
struct AnalyzerEndToEndTests {
    static func simulated(totalPercent: Double, seed: UInt64 = 1) -> RecordingSimulator.Configuration {
        // Quiet machine, 60 blocks at 10 agents: the interval's half-width is about 0.36 points.
        let truth = RecordingSimulator.Truth(
            metricsPercent: totalPercent / 2, healthPercent: totalPercent / 4,
            rateLimitingPercent: totalPercent / 8, totalPercent: totalPercent)
        return .init(seed: seed, agentCounts: [10], blocks: 60, iterations: 100, truth: truth, noise: .quiet)
    }

    @Test("true 0%: every evaluated criterion passes, exit 0, all four reports written")
    func passes() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try AnalyzerProcess.writeSimulated(Self.simulated(totalPercent: 0), to: dir.appendingPathComponent("r.jsonl"))
        let out = try AnalyzerProcess.run(
            ["r.jsonl", "--json", "s.json", "--junit", "j.xml", "--html", "r.html", "--color", "never"], in: dir)
        #expect(out.status == 0, "\(out.stderr)\n\(out.stdout)")
        #expect(out.stdout.contains("PERFORMANCE OVERHEAD ANALYSIS"))
        #expect(out.stdout.contains("PASS"))
        #expect(!out.stdout.contains("\u{1B}["))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("s.json")))
        #expect(json is [String: Any])
        let xml = try String(contentsOf: dir.appendingPathComponent("j.xml"), encoding: .utf8)
        #expect(xml.contains("<testsuite"))
        let html = try String(contentsOf: dir.appendingPathComponent("r.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
    }

    @Test("true 2%: total overhead fails, exit 1")
    func fails() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try AnalyzerProcess.writeSimulated(Self.simulated(totalPercent: 2), to: dir.appendingPathComponent("r.jsonl"))
        let out = try AnalyzerProcess.run(["r.jsonl"], in: dir)
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stdout.contains("FAIL"))
    }

    @Test("the original tool's sample: summaries only, resource criteria judged from its perf log")
    func originalLayout() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = TestSupport.packageRoot.appendingPathComponent("samples/original-layout")
        let out = try AnalyzerProcess.run(
            [
                samples.appendingPathComponent("phase1-overhead-results.jsonl").path,
                "--perf-log", samples.appendingPathComponent("phase1-overhead-perf.log").path,
            ], in: dir)
        // Its hand-written perf log grows memory by about 11 MB/min: memory_stable fails.
        #expect(out.status == 1)
        #expect(out.stdout.contains("statistics summaries"))
        #expect(out.stdout.contains("NOT EVALUATED"))
    }

    @Test("the shell samples say how they were timed: bash around the functions, or round trips before that")
    func shellSampleTiming() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = TestSupport.packageRoot.appendingPathComponent("samples")
        for (folder, timing) in [
            ("shell-lib-recording", "Timing:   bash $EPOCHREALTIME around the library's functions"),
            ("shell-lib-recording-round-trip", "Timing:   recorder's clock around each call"),
        ] {
            let out = try AnalyzerProcess.run(
                [samples.appendingPathComponent("\(folder)/results.jsonl").path, "--color", "never"], in: dir)
            #expect(out.stderr.isEmpty, "\(folder): \(out.stderr)")
            #expect(out.stdout.contains(timing), "\(folder)")
        }
    }

    @Test("a perf log given as the results file is named as one, with the flag to use")
    func perfLogAsResults() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let perf = TestSupport.packageRoot.appendingPathComponent("samples/quick/perf.log").path
        let out = try AnalyzerProcess.run([perf], in: dir)
        #expect(out.status == 2)
        #expect(out.stderr.contains("overhead-analyze: error: "))
        #expect(out.stderr.contains("overhead-analyze: hint: \(perf) is a perf log; give it with --perf-log \(perf)"))
    }

    @Test("an empty perf log does not stop the analysis: resource criteria are not evaluated, with a warning")
    func emptyPerfLog() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try AnalyzerProcess.writeSimulated(Self.simulated(totalPercent: 0), to: dir.appendingPathComponent("r.jsonl"))
        for text in ["", "timestamp cpu_percent memory_mb tmpfs_mb\n"] {
            try text.write(to: dir.appendingPathComponent("p.log"), atomically: true, encoding: .utf8)
            let out = try AnalyzerProcess.run(["r.jsonl", "--perf-log", "p.log", "--color", "never"], in: dir)
            #expect(out.status == 0, "\(out.stderr)\n\(out.stdout)")
            #expect(out.stdout.contains("NOT EVALUATED CPU usage (average): the perf log has no samples"))
            #expect(out.stdout.contains("(p.log) has no samples"))
        }
        // The results file being empty is still an input error.
        try "".write(to: dir.appendingPathComponent("empty.jsonl"), atomically: true, encoding: .utf8)
        #expect(try AnalyzerProcess.run(["empty.jsonl", "--perf-log", "p.log"], in: dir).status == 2)
    }

    @Test("input errors exit 2: missing file, empty file, no baseline, --strict with a bad line")
    func inputErrors() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try AnalyzerProcess.run(["nope.jsonl"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.jsonl"))

        try "".write(to: dir.appendingPathComponent("empty.jsonl"), atomically: true, encoding: .utf8)
        let empty = try AnalyzerProcess.run(["empty.jsonl"], in: dir)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("empty.jsonl"))

        let noBaseline =
            #"{"timestamp":"2025-10-06T10:30:00.123Z","test_name":"full_integration","agent_count":1,"operation":"complete_operation","elapsed_ms":0.2,"cpu_percent":1,"memory_mb":100,"metadata":{"run":1,"iteration":1}}"#
        try (noBaseline + "\n").write(to: dir.appendingPathComponent("nobase.jsonl"), atomically: true, encoding: .utf8)
        let nb = try AnalyzerProcess.run(["nobase.jsonl"], in: dir)
        #expect(nb.status == 2)
        #expect(nb.stderr.contains("no baseline/message_send"))

        var lines = RecordingSimulator(Self.simulated(totalPercent: 0)).records().map(\.jsonLine)
        lines.insert("{not json", at: 5)
        try (lines.joined(separator: "\n") + "\n").write(
            to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
        let tolerant = try AnalyzerProcess.run(["bad.jsonl"], in: dir)
        #expect(tolerant.status == 0, "\(tolerant.stderr)")
        #expect(tolerant.stderr.contains("bad.jsonl:6:"))
        let strict = try AnalyzerProcess.run(["bad.jsonl", "--strict"], in: dir)
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("bad.jsonl:6:"))
        #expect(strict.stdout.isEmpty)
    }

    @Test("compare: a 10% slower build is a regression beyond 5% (exit 1); the same build is not (exit 0)")
    func compare() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Drift between runs independent of the run before (no random walk): compare mode's AR(1)
        // adjustment then leaves the intervals about as narrow as plain Welch's.
        var old = Self.simulated(totalPercent: 0.5, seed: 1)
        old.blocks = 20
        old.noise = old.noise.reverting(0)
        var same = old
        same.seed = 2
        var slow = same
        slow.truth.baselineSendMs *= 1.10
        try AnalyzerProcess.writeSimulated(old, to: dir.appendingPathComponent("old.jsonl"))
        try AnalyzerProcess.writeSimulated(same, to: dir.appendingPathComponent("same.jsonl"))
        try AnalyzerProcess.writeSimulated(slow, to: dir.appendingPathComponent("slow.jsonl"))
        let regressed = try AnalyzerProcess.run(["compare", "old.jsonl", "slow.jsonl", "--json", "c.json"], in: dir)
        #expect(regressed.status == 1, "\(regressed.stderr)")
        #expect(regressed.stdout.contains("baseline/message_send"))
        #expect(regressed.stdout.contains("regressed (beyond 5%)"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.json").path))
        let unchanged = try AnalyzerProcess.run(["compare", "old.jsonl", "same.jsonl"], in: dir)
        #expect(unchanged.status == 0, "\(unchanged.stdout)")
        #expect(!regressed.stdout.contains("drift from run to run"))

        // A machine whose speed wanders from run to run (random walk): the drift is named, and
        // the widened intervals no longer claim a regression they cannot show.
        var drifting = Self.simulated(totalPercent: 0.5, seed: 1)
        drifting.blocks = 20
        try AnalyzerProcess.writeSimulated(drifting, to: dir.appendingPathComponent("drift-old.jsonl"))
        drifting.seed = 2
        try AnalyzerProcess.writeSimulated(drifting, to: dir.appendingPathComponent("drift-new.jsonl"))
        let wandering = try AnalyzerProcess.run(["compare", "drift-old.jsonl", "drift-new.jsonl"], in: dir)
        #expect(wandering.status == 0, "\(wandering.stdout)")
        #expect(wandering.stdout.contains("OLD's run means drift from run to run"))
    }
}
