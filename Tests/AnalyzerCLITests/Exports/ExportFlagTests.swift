import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadReports
import TestSupport
import Testing

@testable import AnalyzerCLI

/// `--export`, the job summary, annotations and the push flags, in-process.
@Suite struct ExportFlagTests {
    static let recordings = ["ok.jsonl": AnalyzerCommandTests.passing, "b.jsonl": AnalyzerCommandTests.borderline]

    @Test(
        "a malformed --export is a usage error naming the problem",
        arguments: [
            ("nope=x.csv", "unknown format 'nope'"), ("csv", "takes FORMAT=PATH"), ("csv=", "give a file after '='"),
        ])
    func malformed(argument: String, message: String) {
        let (code, io) = runCommand(["ok.jsonl", "--export", argument], recordings: Self.recordings, reports: .builtIn)
        #expect(code == 2)
        #expect(io.err.contains(message), "\(io.err)")
        #expect(io.files.isEmpty)
    }

    /// Every format but the folded stacks, which need a profile (`ProfileCommandTests`).
    @Test func everyFormatIsWrittenWhereAsked() {
        let formats = ExportFormat.allCases.filter { $0 != .folded }
        let args = formats.flatMap { ["--export", "\($0.rawValue)=out.\($0.rawValue)"] }
        let (code, io) = runCommand(["ok.jsonl"] + args, recordings: Self.recordings, reports: .builtIn)
        #expect(code == 0, "\(io.err)")
        for format in formats {
            #expect((io.files["out.\(format.rawValue)"]?.count ?? 0) > 100, "\(format)")
        }
        #expect(io.out.contains("OVERHEAD"), "the console report is still printed")
    }

    @Test func anExportToStdoutReplacesTheConsoleReport() {
        let (code, io) = runCommand(["ok.jsonl", "--export", "csv=-"], recordings: Self.recordings, reports: .builtIn)
        #expect(code == 0)
        // Written as standard output (the command's writer sends "-" to descriptor 1), no console report.
        #expect(String(decoding: io.files["-"] ?? [], as: UTF8.self).hasPrefix("scale,test,operation,n,mean_ms"))
        #expect(!io.out.contains("OVERHEAD"))
    }

    @Test func compareTakesMarkdownAndCSVOnly() {
        let recordings = CompareGoldenTests.recordings()
        let (code, io) = runCommand(
            ["compare", "old.jsonl", "new.jsonl", "--export", "markdown=c.md", "--export", "csv=c.csv"],
            recordings: recordings, reports: .builtIn)
        #expect(code == 1)
        #expect(String(decoding: io.files["c.md"] ?? [], as: UTF8.self).contains("## OverheadBench comparison"))
        #expect(String(decoding: io.files["c.csv"] ?? [], as: UTF8.self).hasPrefix("scale,test,operation,old_mean_ms"))
        let (bad, io2) = runCommand(
            ["compare", "old.jsonl", "new.jsonl", "--export", "influx=c.lp"], recordings: recordings, reports: .builtIn)
        #expect(bad == 2)
        #expect(io2.err.contains("compare writes only markdown and csv"))
    }

    @Test func theJobSummaryIsAppendedUnlessTurnedOff() throws {
        let dir = try TestSupport.makeTemporaryDirectory("summary")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("summary.md")
        try Data("earlier step\n".utf8).write(to: file)
        let env = ["GITHUB_STEP_SUMMARY": file.path]
        _ = runCommand(["ok.jsonl"], recordings: Self.recordings, reports: .builtIn, environment: env)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("earlier step\n## OverheadBench: ✅ PASS"))
        _ = runCommand(
            ["ok.jsonl", "--no-step-summary"], recordings: Self.recordings, reports: .builtIn, environment: env)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let (code, io) = runCommand(
            ["ok.jsonl"], recordings: Self.recordings, reports: .builtIn,
            environment: ["GITHUB_STEP_SUMMARY": dir.appendingPathComponent("missing/x.md").path])
        #expect(code == 0, "a job summary that cannot be written does not fail the run")
        #expect(io.err.contains("cannot append the job summary"))
    }

    @Test func annotationsForInconclusiveAndFailedCriteria() {
        let (code, io) = runCommand(
            ["b.jsonl", "--github-annotations"], recordings: Self.recordings, reports: .builtIn)
        #expect(code == 1)
        let lines = io.out.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(lines.contains { $0.hasPrefix("::warning title=OverheadBench INCONCLUSIVE%3A Total overhead") })
        #expect(lines.allSatisfy { $0.hasPrefix("::warning ") || $0.hasPrefix("::error ") })
    }

    @Test func workflowCommandEscaping() throws {
        var r = SampleResults.full
        r.criteria[2].title = "100%, a:b\r\nnext"
        let text = String(decoding: try GitHubAnnotationsReport().render(r, options: ReportOptions()), as: UTF8.self)
        #expect(text.contains("::error title=OverheadBench FAIL%3A 100%25%2C a%3Ab%0D%0Anext at 100 agents::"))
        #expect(text.split(separator: "\n").count == 3, "one line per FAIL or INCONCLUSIVE criterion")
    }

    @Test func pushFlagsAreValidated() {
        for args in [
            ["--push-gateway", "ftp://x"], ["--influx-write", "not a url"], ["--push-timeout", "0"],
            ["--push-retries", "11"], ["--push-job", ""],
        ] {
            let (code, io) = runCommand(["ok.jsonl"] + args, recordings: Self.recordings, reports: .builtIn)
            #expect(code == 2, "\(args): \(io.err)")
        }
    }
}
