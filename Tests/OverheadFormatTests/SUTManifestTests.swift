import Testing

@testable import OverheadFormat

@Suite("the manifest's system-under-test memory measure and soak warm-up")
struct SUTManifestTests {
    private func read(_ lines: String...) throws -> Recording {
        try withTempFiles { files in
            try readResults([try files.write("r.jsonl", lines.joined(separator: "\n") + "\n")])
        }
    }

    @Test("both are written and read back; a manifest without them predates them")
    func roundTrip() throws {
        var m = Fixtures.manifest
        m.soak = SoakInfo(
            seconds: 70, messagesPerSecond: 50, agentCount: 10, sampleIntervalSeconds: 0.5, warmupSeconds: 10)
        m.sutMemoryMeasure = .pss
        let line = m.jsonLine
        #expect(line.contains(#""sut_memory":"pss""#) && line.contains(#""warmup_s":10"#))
        #expect(try read(line).manifest == m)
        m.sutMemoryMeasure = nil
        m.soak!.warmupSeconds = 0
        let older = m.jsonLine
        #expect(!older.contains("sut_memory") && !older.contains("warmup_s"))
        #expect(try read(older).manifest == m)
    }

    @Test("an unknown measure is a bad line that names the field")
    func unknownMeasure() throws {
        var m = Fixtures.manifest
        m.sutMemoryMeasure = .rss
        let line = m.jsonLine.replacingOccurrences(of: #""sut_memory":"rss""#, with: #""sut_memory":"uss""#)
        let recording = try read(line, Fixtures.sample().jsonLine)
        #expect(recording.manifest == nil)
        #expect(recording.diagnostics.first?.description.contains("sut_memory") == true)
    }
}
