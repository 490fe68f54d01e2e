import Testing

@testable import OverheadFormat

@Suite("what a recording's latencies were timed with")
struct SampleTimingTests {
    private func read(_ lines: [String]) throws -> Recording {
        try withTempFiles { files in
            try readResults([try files.write("r.jsonl", lines.joined(separator: "\n") + "\n")])
        }
    }

    private func manifest(_ timing: SampleTiming) -> Manifest {
        var m = Fixtures.manifest
        m.target.timing = timing
        return m
    }

    @Test("a manifest says its timing; one without it predates it and holds round trips")
    func manifestTiming() throws {
        #expect(try read([manifest(.bashEpochRealtime).jsonLine]).manifest?.target.timing == .bashEpochRealtime)
        let old = manifest(.roundTrip).jsonLine.replacingOccurrences(of: #","timing":"round_trip""#, with: "")
        #expect(!old.contains("timing"))
        #expect(try read([old]).manifest?.target.timing == .roundTrip)
    }

    @Test("an unknown timing is a bad line that names the field")
    func unknownTiming() throws {
        let line = manifest(.roundTrip).jsonLine.replacingOccurrences(of: "round_trip", with: "sundial")
        let recording = try read([line, Fixtures.sample().jsonLine])
        #expect(recording.manifest == nil)
        #expect(recording.diagnostics.first?.description.contains("target.timing") == true)
    }

    @Test("round trips and call floors survive writing and reading")
    func roundTrip() throws {
        var sample = Fixtures.sample(ms: 3.66)
        sample.roundTripMs = 3.960771
        #expect(sample.jsonLine.hasSuffix(#","round_trip_ms":3.960771}"#))
        let calibration = Calibration(
            timestamp: "t", noopMedianMs: 0.11, noopP95Ms: 0.14, count: 200, callFloorMedianMs: 0.012,
            callFloorP95Ms: 0.014)
        let recording = try read([sample.jsonLine, calibration.jsonLine])
        #expect(recording.calibration == calibration)
        #expect(recording.series.values.first?.elapsedMs == [3.66])
        let plain = Calibration(timestamp: "t", noopMedianMs: 0.11, noopP95Ms: 0.14, count: 200)
        #expect(!plain.jsonLine.contains("call_floor"))
    }
}

@Suite("recognising a perf log given in the wrong place")
struct PerfLogRecognitionTests {
    @Test func headerAndNumericLinesAreRecognised() {
        #expect(PerfLogParser.looksLikePerfLog(firstLine: "timestamp cpu_percent memory_mb tmpfs_mb"))
        #expect(PerfLogParser.looksLikePerfLog(firstLine: "1795719185.324 0.0 478.9 4.8 0.6 13.4 0.0"))
        #expect(PerfLogParser.looksLikePerfLog(firstLine: "1795719185\t12\t478\t4"))
    }

    @Test func recordsAndOtherTextAreNot() {
        #expect(!PerfLogParser.looksLikePerfLog(firstLine: #"{"type":"manifest"}"#))
        #expect(!PerfLogParser.looksLikePerfLog(firstLine: "1 2 3"))
        #expect(!PerfLogParser.looksLikePerfLog(firstLine: "12 0.0 478.9 4.8"))
        #expect(!PerfLogParser.looksLikePerfLog(firstLine: "timestamp of the run: 5 6 7"))
    }
}
