import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import AnalyzerCLI

/// `--profile FILE` and `--export folded=PATH`, in-process.
struct ProfileCommandTests {
    static let recordings = ["ok.jsonl": AnalyzerCommandTests.passing]

    private func profileFile(_ text: String = SampleProfile.text) throws -> String {
        let dir = try TestSupport.makeTemporaryDirectory("profile-command")
        let path = dir.appendingPathComponent("run.profile.jsonl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aProfileAddsItsSectionAndTheFoldedExport() throws {
        let path = try profileFile()
        let (code, io) = runCommand(
            ["ok.jsonl", "--profile", path, "--export", "folded=out.folded"], recordings: Self.recordings,
            reports: .builtIn)
        #expect(code == 0, "\(io.err)")
        #expect(io.out.contains("PROFILE: WHERE THE TIME GOES INSIDE EACH LAYER"))
        let folded = String(decoding: io.files["out.folded"] ?? [], as: UTF8.self)
        #expect(folded.contains("emit_metric;metrics.sh:12 138600\n"))
    }

    @Test func theFoldedExportNeedsAProfile() {
        let (code, io) = runCommand(
            ["ok.jsonl", "--export", "folded=out.folded"], recordings: Self.recordings, reports: .builtIn)
        #expect(code == 2)
        #expect(io.err.contains("give --profile FILE"), "\(io.err)")
    }

    @Test func aMissingOrBadProfileIsAnInputErrorAndBadLinesAreNamed() throws {
        let (code, io) = runCommand(
            ["ok.jsonl", "--profile", "/nonexistent/p.jsonl"], recordings: Self.recordings, reports: .builtIn)
        #expect(code == 2)
        #expect(io.err.contains("--profile: /nonexistent/p.jsonl: cannot open"), "\(io.err)")
        let path = try profileFile(SampleProfile.text + "{\"type\":\"profile_stack\"}\n")
        let (ok, warned) = runCommand(["ok.jsonl", "--profile", path], recordings: Self.recordings, reports: .builtIn)
        #expect(ok == 0)
        #expect(
            warned.err.contains("\(path):\(SampleProfile.text.split(separator: "\n").count + 1): "), "\(warned.err)")
        #expect(warned.err.contains("1 malformed profile line skipped"))
        let (strict, _) = runCommand(
            ["ok.jsonl", "--profile", path, "--strict"], recordings: Self.recordings, reports: .builtIn)
        #expect(strict == 2)
    }
}
