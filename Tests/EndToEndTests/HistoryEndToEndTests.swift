import Foundation
import TestSupport
import Testing

/// The history subcommands run as a user runs them, on the sample recordings.
@Suite struct HistoryEndToEndTests {
    static let samples = TestSupport.packageRoot.appendingPathComponent("samples")
    static var quick: String { samples.appendingPathComponent("quick/results.jsonl").path }
    static var defaultSample: String { samples.appendingPathComponent("default/results.jsonl").path }

    @Test func addListBaselineCompareReport() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let add = try AnalyzerProcess.run(
            ["history", "add", Self.defaultSample, "--commit", "abc123", "--branch", "main"], in: dir)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added as recording 1"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("overhead-history.sqlite").path))
        let again = try AnalyzerProcess.run(["history", "add", Self.defaultSample, Self.quick], in: dir)
        #expect(again.stdout.contains("already in the history as recording 1"))
        #expect(again.stdout.contains("added as recording 2"))
        let list = try AnalyzerProcess.run(["history", "list"], in: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("commit abc123 · branch main"))
        #expect(list.stdout.contains("2 recordings"))
        let listJSON = try AnalyzerProcess.run(["history", "list", "--json", "list.json", "--markdown", "-"], in: dir)
        #expect(listJSON.status == 0, "\(listJSON.stderr)")
        #expect(listJSON.stdout.contains("| 1 | "))
        let listed = try String(contentsOf: dir.appendingPathComponent("list.json"), encoding: .utf8)
        #expect(listed.contains("\"format\": \"overheadbench-history-list\""))
        #expect(listed.contains("\"overhead_percent\""))
        let set = try AnalyzerProcess.run(["history", "baseline", "set", "release", "1"], in: dir)
        #expect(set.status == 0, "\(set.stderr)")

        // compare --baseline gives the comparison of the original file, row for row.
        let stored = try AnalyzerProcess.run(["compare", "--baseline", "release", Self.quick, "--json", "-"], in: dir)
        let files = try AnalyzerProcess.run(["compare", Self.defaultSample, Self.quick, "--json", "-"], in: dir)
        #expect(stored.status == files.status)
        #expect(!stored.stdout.isEmpty)
        #expect(stored.stdout == files.stdout)

        let report = try AnalyzerProcess.run(
            ["history", "report", "--json", "report.json", "--html", "report.html", "--markdown", "report.md"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("OVERHEAD HISTORY (2 recordings)"))
        let json = try String(contentsOf: dir.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"format\": \"overheadbench-history\""))
        #expect(json.contains("\"commit\": \"abc123\""))
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("interval-band"))
        let markdown = try String(contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("## OverheadBench history: 2 recordings"))
    }

    @Test func errorsNameTheProblemWithTheirExitCodes() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try AnalyzerProcess.run(["history", "list", "--db", "none.sqlite"], in: dir)
        #expect(missing.status == 4)
        #expect(missing.stderr.contains("none.sqlite: no history there"))
        let noFolder = try AnalyzerProcess.run(["history", "add", Self.quick, "--db", "no/such/h.sqlite"], in: dir)
        #expect(noFolder.status == 4)
        #expect(noFolder.stderr.contains("the folder no/such does not exist"))
        try Data(repeating: 0x42, count: 8192).write(to: dir.appendingPathComponent("bad.sqlite"))
        let corrupted = try AnalyzerProcess.run(["history", "report", "--db", "bad.sqlite"], in: dir)
        #expect(corrupted.status == 4)
        #expect(corrupted.stderr.contains("bad.sqlite: the history is damaged or not an SQLite database"))
        #expect(try AnalyzerProcess.run(["history", "add", Self.quick], in: dir).status == 0)
        let unknownID = try AnalyzerProcess.run(["history", "baseline", "set", "main", "42"], in: dir)
        #expect(unknownID.status == 2)
        #expect(unknownID.stderr.contains("no recording with id 42"))
        let unknownBaseline = try AnalyzerProcess.run(["compare", "--baseline", "main", Self.quick], in: dir)
        #expect(unknownBaseline.status == 2)
        #expect(unknownBaseline.stderr.contains("no baseline named \"main\" (none is set)"))
        let twoFiles = try AnalyzerProcess.run(["compare", "--baseline", "main", Self.quick, Self.quick], in: dir)
        #expect(twoFiles.status == 2)
        let badName = try AnalyzerProcess.run(["history", "baseline", "set", "a/b", "1"], in: dir)
        #expect(badName.status == 2)
        #expect(badName.stderr.contains("invalid baseline name"))
    }
}
