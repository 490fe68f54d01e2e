import Foundation
import OverheadFormat
import TestSupport
import Testing

/// Profile files: written and read back unchanged; bad lines become `file:line` diagnostics while
/// the good ones are kept.
struct ProfileReaderTests {
    private func write(_ text: String) throws -> String {
        let dir = try TestSupport.makeTemporaryDirectory("profile-reader")
        let path = dir.appendingPathComponent("p.profile.jsonl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aWrittenProfileReadsBackUnchanged() throws {
        let path = try write(SampleProfile.text)
        let read = try ProfileReader.read(path)
        #expect(read.profile == SampleProfile.profile)
        #expect(read.skippedLines == 0 && read.diagnostics.isEmpty)
    }

    @Test func badLinesAreSkippedWithTheirLineAndTheRestKept() throws {
        var lines = SampleProfile.text.split(separator: "\n").map(String.init)
        lines.insert("{\"type\":\"profile_hotspot\",\"layer\":\"nowhere\",\"label\":\"x\",\"ms\":1,\"count\":1}", at: 1)
        lines.insert("not json", at: 2)
        lines.insert(
            "{\"type\":\"profile_command\",\"layer\":\"send_message\",\"command\":\"x\",\"kind\":\"external\",\"count\":-1,\"ms\":0}",
            at: 5)
        lines.insert("{\"type\":\"profile_mystery\",\"layer\":\"send_message\"}", at: 6)
        let path = try write(lines.joined(separator: "\n"))
        let read = try ProfileReader.read(path)
        #expect(read.skippedLines == 4)
        #expect(read.diagnostics.map(\.line) == [2, 3, 6, 7])
        #expect(read.diagnostics[0].description.hasPrefix("\(path):2: layer \"nowhere\" has no profile_layer"))
        #expect(read.diagnostics[2].message.contains("\"count\" is negative"))
        #expect(read.diagnostics[3].message.contains("unknown profile record type"))
        #expect(read.profile == SampleProfile.profile)
    }

    @Test func aFileWithoutAHeaderIsAnError() throws {
        let lines = SampleProfile.text.split(separator: "\n").dropFirst().joined(separator: "\n")
        let path = try write(lines)
        #expect(throws: ReadError.self) { try ProfileReader.read(path) }
        #expect(throws: ReadError.self) { try ProfileReader.read(path + ".missing") }
        do {
            _ = try ProfileReader.read(path)
        } catch {
            #expect(error.kind == .empty)
            #expect(error.message.contains("before the profile header"))
        }
    }
}
