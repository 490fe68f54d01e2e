import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import AnalyzerCLI

@Suite("overhead-analyze: arguments, exit codes, outputs")
struct AnalyzerCommandTests {
    static let passing: Recording = {
        var r = SyntheticRecording().build()
        r.perf = SyntheticRecording.perf()
        return r
    }()

    static let failing: Recording = {
        var s = SyntheticRecording()
        s.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.01, healthPerMessage: 0.004, rateLimiting: 0.002, residual: 0.004)
        }
        var r = s.build()
        r.perf = SyntheticRecording.perf()
        return r
    }()

    /// Total overhead at the 1% limit with few noisy runs: inconclusive.
    static let borderline: Recording = {
        var s = SyntheticRecording()
        s.runs = 3
        s.scales = [10]
        s.sampleNoise = 0.3
        s.iterations = 20
        s.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.004, healthPerMessage: 0.002, rateLimiting: 0.002, residual: 0.002)
        }
        var r = s.build()
        r.perf = SyntheticRecording.perf()
        return r
    }()

    @Test("all criteria met: exit 0, console report on stdout")
    func passes() {
        let (code, io) = runCommand(["ok.jsonl"], recordings: ["ok.jsonl": Self.passing])
        #expect(code == 0)
        #expect(io.out.contains("total_overhead@10: PASS"))
        #expect(io.err.isEmpty)
    }

    @Test("a failed criterion: exit 1")
    func fails() {
        let (code, io) = runCommand(["bad.jsonl"], recordings: ["bad.jsonl": Self.failing])
        #expect(code == 1)
        #expect(io.out.contains("total_overhead@10: FAIL"))
    }

    @Test("--inconclusive decides how INCONCLUSIVE counts", arguments: [("fail", Int32(1)), ("pass", 0), ("skip", 0)])
    func inconclusivePolicy(policy: String, expected: Int32) {
        let (code, io) = runCommand(["b.jsonl", "--inconclusive", policy], recordings: ["b.jsonl": Self.borderline])
        #expect(io.out.contains("total_overhead@10: INCONCLUSIVE"))
        #expect(io.out.contains("policy=\(policy)"))
        #expect(code == expected)
    }

    @Test("limits come from the flags")
    func limitFlags() {
        let (code, io) = runCommand(
            ["bad.jsonl", "--target-overhead", "5", "--p95-limit", "20", "--p99-limit", "30"],
            recordings: ["bad.jsonl": Self.failing])
        #expect(io.out.contains("total_overhead@10: PASS"))
        #expect(code == 0)
    }

    @Test(
        "usage errors exit 2 with a message on stderr",
        arguments: [
            [String](), ["x.jsonl", "--inconclusive", "maybe"], ["x.jsonl", "--confidence", "1.5"],
            ["x.jsonl", "--color", "blue"],
            ["x.jsonl", "--target-overhead", "-1"], ["x.jsonl", "--no-such-flag"], ["compare", "only-one.jsonl"],
        ])
    func usage(arguments: [String]) {
        let (code, io) = runCommand(arguments, recordings: ["x.jsonl": Self.passing])
        #expect(code == 2)
        #expect(io.err.contains("Error") || io.err.contains("error"))
        #expect(io.out.isEmpty)
    }

    @Test("--help prints usage with the exit codes to stdout and exits 0")
    func help() {
        let (code, io) = runCommand(["--help"], recordings: [:])
        #expect(code == 0)
        #expect(io.out.contains("--perf-log"))
        #expect(io.out.contains("Exit codes"))
    }

    @Test("missing file, empty recording, no baseline: exit 2 with a clear message")
    func inputErrors() {
        let (missing, io1) = runCommand(["nope.jsonl"], recordings: [:])
        #expect(missing == 2)
        #expect(io1.err.contains("nope.jsonl: no such file"))

        let (empty, io2) = runCommand(["empty.jsonl"], recordings: ["empty.jsonl": Recording()])
        #expect(empty == 2)
        #expect(io2.err.contains("empty.jsonl: no records found"))

        var noBase = Self.passing
        noBase.series = noBase.series.filter { $0.key.testName != "baseline" }
        let (code, io3) = runCommand(["nobase.jsonl"], recordings: ["nobase.jsonl": noBase])
        #expect(code == 2)
        #expect(io3.err.contains("no baseline/message_send"))
    }

    @Test("malformed lines: listed on stderr and skipped; --strict makes them an input error")
    func diagnostics() {
        var r = Self.passing
        r.skippedLines = 30
        r.diagnostics = (1...30).map { Diagnostic(file: "d.jsonl", line: $0 * 10, message: "not JSON") }
        let (code, io) = runCommand(["d.jsonl", "--max-diagnostics", "3"], recordings: ["d.jsonl": r])
        #expect(code == 0)
        #expect(io.err.contains("d.jsonl:10: not JSON\nd.jsonl:20: not JSON\nd.jsonl:30: not JSON\n"))
        #expect(!io.err.contains("d.jsonl:40:"))
        #expect(io.err.contains("30 malformed lines skipped (first 3 shown)"))

        let (strict, io2) = runCommand(["d.jsonl", "--strict"], recordings: ["d.jsonl": r])
        #expect(strict == 2)
        #expect(io2.err.contains("--strict"))
        #expect(io2.out.isEmpty)
    }

    @Test("report files are written; a report this build lacks is an error")
    func reportFiles() {
        let (code, io) = runCommand(
            ["ok.jsonl", "--json", "/tmp/x/summary.json"], recordings: ["ok.jsonl": Self.passing])
        #expect(code == 0)
        #expect(String(decoding: io.files["/tmp/x/summary.json"] ?? [], as: UTF8.self).contains("cpu@-: PASS"))

        let (missing, io2) = runCommand(
            ["ok.jsonl", "--junit", "/tmp/x/junit.xml"], recordings: ["ok.jsonl": Self.passing])
        #expect(missing == 2)
        #expect(io2.err.contains("JUnit"))
    }

    @Test("--color: auto follows the terminal, always and never override it")
    func color() {
        #expect(
            runCommand(["ok.jsonl"], recordings: ["ok.jsonl": Self.passing], isTerminal: true).1.out.contains(
                "color=true"))
        #expect(
            runCommand(["ok.jsonl"], recordings: ["ok.jsonl": Self.passing], isTerminal: false).1.out.contains(
                "color=false"))
        #expect(
            runCommand(["ok.jsonl", "--color", "always"], recordings: ["ok.jsonl": Self.passing]).1.out.contains(
                "color=true"))
        #expect(
            runCommand(["ok.jsonl", "--color", "never"], recordings: ["ok.jsonl": Self.passing], isTerminal: true).1.out
                .contains("color=false"))
    }

    @Test("--version prints the tool version; compare is a subcommand listed in help, with its own help")
    func versionAndSubcommands() {
        let (code, io) = runCommand(["--version"], recordings: [:])
        #expect(code == 0)
        #expect(io.out == Schema.toolVersion + "\n")
        let (_, help) = runCommand(["--help"], recordings: [:])
        #expect(help.out.contains("SUBCOMMANDS:") && help.out.contains("compare"))
        #expect(help.out.contains("Examples:"))
        let (_, compareHelp) = runCommand(["compare", "--help"], recordings: [:])
        #expect(compareHelp.out.contains("USAGE: overhead-analyze compare"))
        #expect(compareHelp.out.contains("--max-regression"))
    }

    @Test("usage errors use the tools' one error style and name the allowed values")
    func errorStyle() {
        let (code, io) = runCommand(["ok.jsonl", "--color", "purple"], recordings: ["ok.jsonl": Self.passing])
        #expect(code == 2)
        #expect(io.err.hasPrefix("overhead-analyze: error: "))
        #expect(io.err.contains("'auto', 'always' or 'never'"))
        #expect(!io.err.contains("Error: "))
    }

    @Test("compare given after a results file is told to come first")
    func misplacedCompare() {
        let (code, io) = runCommand(["a.jsonl", "compare", "b.jsonl"], recordings: [:])
        #expect(code == 2)
        #expect(io.err.contains("'compare' is a subcommand and comes first: overhead-analyze compare a.jsonl b.jsonl"))
    }

    @Test("only one report may go to standard output, exports included")
    func oneReportOnStandardOutput() {
        let (code, io) = runCommand(
            ["ok.jsonl", "--json", "-", "--export", "csv=-"], recordings: ["ok.jsonl": Self.passing])
        #expect(code == 2)
        #expect(io.err.contains("only one report can be written to standard output (-), got JSON and csv"))
    }
}
