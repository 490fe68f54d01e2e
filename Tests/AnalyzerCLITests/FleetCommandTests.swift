import Foundation
import OverheadFormat
import OverheadReports
import TestSupport
import Testing

@testable import AnalyzerCLI

/// `overhead-analyze fleet`: the samples give the figures their own analyses give, the perf log
/// beside each results file is found, exit codes, bad input and the golden console output.
@Suite("overhead-analyze fleet")
struct FleetCommandTests {
    static let samples = ["default", "quick", "shell-lib-recording", "shell-lib-recording-round-trip"]

    /// Runs the command on files on disk.
    func runOnDisk(_ arguments: [String]) -> (Int32, Captured) {
        let captured = Captured()
        var command = AnalyzerCommand(
            console: Console(out: { captured.writeOut($0) }, err: { captured.writeErr($0) }, isTerminal: false),
            loader: FileRecordingLoader(), reports: .builtIn, writeFile: { captured.writeFile($0, $1) })
        command.environment = [:]
        return (command.run(arguments: arguments), captured)
    }

    func json(_ bytes: [UInt8]?) throws -> [String: Any] {
        let data = Data(try #require(bytes))
        let object = try JSONSerialization.jsonObject(with: data)
        return try #require(object as? [String: Any])
    }

    @Test("the samples as a fleet: each host's total overhead and verdict are those of analysing it alone")
    func samplesMatchAnalyze() throws {
        let root = TestSupport.packageRoot.path
        let files = Self.samples.map { "\(root)/samples/\($0)/results.jsonl" }
        let (code, io) = runOnDisk(["fleet"] + files + ["--json", "fleet.json"])
        #expect(code == 1)  // the samples' overheads are far above 1%: INCONCLUSIVE counts as failure
        let fleet = try json(io.files["fleet.json"])
        let hosts = try #require(fleet["hosts"] as? [[String: Any]])
        let scales = try #require(fleet["scales"] as? [[String: Any]])
        var compared = 0
        for (i, file) in files.enumerated() {
            let perfLog = file.replacingOccurrences(of: "results.jsonl", with: "perf.log")
            #expect(hosts[i]["perf_logs"] as? [String] == [perfLog])
            let (_, alone) = runOnDisk([file, "--perf-log", perfLog, "--json", "alone.json"])
            let analysis = try json(alone.files["alone.json"])
            let criteria = try #require(analysis["criteria"] as? [[String: Any]])
            for scale in try #require(analysis["scales"] as? [[String: Any]]) {
                let agents = try #require(scale["agent_count"] as? Int)
                let fleetScale = try #require(scales.first { $0["agent_count"] as? Int == agents })
                let entry = try #require((fleetScale["hosts"] as? [[String: Any]])?.first { $0["host"] as? Int == i })
                let own = try #require(scale["total_overhead_percent"] as? [String: Any])
                let pooledEntry = try #require(entry["total_overhead_percent"] as? [String: Any])
                for key in ["value", "lower", "upper", "n"] {
                    #expect("\(own[key] ?? "nil")" == "\(pooledEntry[key] ?? "nil")", "\(file) @\(agents) \(key)")
                }
                let verdict = criteria.first {
                    $0["id"] as? String == "total_overhead" && $0["agent_count"] as? Int == agents
                }
                #expect(entry["own_verdict"] as? String == verdict?["verdict"] as? String)
                compared += 1
            }
        }
        #expect(compared == 9)
    }

    @Test("exit 0 when both verdicts pass at every pooled scale, 1 when one fails or is inconclusive")
    func exitCodes() {
        let recordings = Dictionary(
            uniqueKeysWithValues: SampleFleet.recordings(hostnames: ["a", "b", "c", "d", "e"]).map {
                ($0.file, $0.recording)
            })
        let files = recordings.keys.sorted()
        #expect(
            runCommand(["fleet"] + files + ["--target-overhead", "30"], recordings: recordings, reports: .builtIn).0
                == 0)
        #expect(runCommand(["fleet"] + files, recordings: recordings, reports: .builtIn).0 == 1)
        let (skip, _) = runCommand(
            ["fleet"] + files + ["--inconclusive", "skip"], recordings: recordings, reports: .builtIn)
        #expect(skip == 0)
    }

    @Test("a missing recording stops with exit 2 naming it; usage errors exit 2")
    func badInput() {
        let recordings = Dictionary(uniqueKeysWithValues: SampleFleet.recordings().map { ($0.file, $0.recording) })
        let (code, io) = runCommand(
            ["fleet", "host-a/results.jsonl", "gone/results.jsonl"], recordings: recordings, reports: .builtIn)
        #expect(code == 2)
        #expect(io.err.contains("gone/results.jsonl"))
        for arguments in [
            ["fleet"], ["fleet", "host-a/results.jsonl", "--perf-log", "nothing"],
            ["fleet", "host-a/results.jsonl", "--perf-log", "other.jsonl=p.log"],
            ["fleet", "host-a/results.jsonl", "--export", "bmf=-"],
            ["fleet", "host-a/results.jsonl", "--target-overhead", "0"],
            ["host-a/results.jsonl", "fleet", "host-b/results.jsonl"],
        ] {
            let (usage, err) = runCommand(arguments, recordings: recordings, reports: .builtIn)
            #expect(usage == 2, "\(arguments)")
            #expect(err.err.contains("overhead-analyze: error:"), "\(arguments)")
        }
    }

    @Test("malformed lines are skipped with file:line and counted; --strict makes them an error")
    func malformedLines() throws {
        let dir = try TestSupport.makeTemporaryDirectory("fleet-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = TestSupport.packageRoot.appendingPathComponent("samples/quick/results.jsonl")
        var text = try String(contentsOf: source, encoding: .utf8)
        text += "{not json\n"
        let bad = dir.appendingPathComponent("bad-results.jsonl")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let good = TestSupport.packageRoot.appendingPathComponent("samples/default/results.jsonl").path
        let (code, io) = runOnDisk(["fleet", good, bad.path, "--summary"])
        #expect(code == 1)
        #expect(io.err.contains("\(bad.path):"))
        #expect(io.out.contains("FLEET OVERHEAD VERDICT"))
        let (strict, strictIO) = runOnDisk(["fleet", good, bad.path, "--strict"])
        #expect(strict == 2)
        #expect(strictIO.err.contains("\(bad.path):") && strictIO.err.contains("strict mode"))
    }

    @Test("perf logs: found beside the results file, named with --perf-log, or not looked for")
    func perfLogPairing() throws {
        #expect(PerfLogPairing.beside("a/results.jsonl") == "a/perf.log")
        #expect(PerfLogPairing.beside("/dev/shm/phase1-overhead-results.jsonl") == "/dev/shm/phase1-overhead-perf.log")
        #expect(PerfLogPairing.beside("results.json") == "perf.log")
        #expect(PerfLogPairing.beside("recording.jsonl") == nil)
        #expect(PerfLogPairing.beside("a/results.txt") == nil)
        let root = TestSupport.packageRoot.path
        let file = "\(root)/samples/quick/results.jsonl"
        let other = "\(root)/samples/default/perf.log"
        let (_, named) = runOnDisk(["fleet", file, "--perf-log", "\(file)=\(other)", "--json", "f.json"])
        #expect(
            (try json(named.files["f.json"])["hosts"] as? [[String: Any]])?.first?["perf_logs"] as? [String] == [other])
        let (_, none) = runOnDisk(["fleet", file, "--no-perf-logs", "--json", "f.json"])
        #expect((try json(none.files["f.json"])["hosts"] as? [[String: Any]])?.first?["perf_logs"] as? [String] == [])
    }

    @Test("console output golden file; JUnit, HTML and exports written")
    func golden() throws {
        let recordings = Dictionary(uniqueKeysWithValues: SampleFleet.recordings().map { ($0.file, $0.recording) })
        let files = SampleFleet.recordings().map(\.file)
        let (code, io) = runCommand(
            ["fleet"] + files + [
                "--junit", "f.xml", "--html", "f.html", "--export", "markdown=f.md", "--export", "csv=f.csv",
            ], recordings: recordings, reports: .builtIn)
        #expect(code == 1)
        try GoldenFile.check(io.out, against: "fleet.txt")
        for name in ["f.xml", "f.html", "f.md", "f.csv"] { #expect(!(io.files[name] ?? []).isEmpty, "\(name)") }
        let (_, help) = runCommand(["fleet", "--help"], recordings: [:], reports: .builtIn)
        #expect(help.out.contains("RESULTS=PERF"))
    }
}
