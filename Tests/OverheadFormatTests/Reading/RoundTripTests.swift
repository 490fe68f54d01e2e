import Testing

@testable import OverheadFormat

@Suite struct RoundTripTests {
    @Test func everyRecordTypeWrittenByTheWriterReadsBackEqual() throws {
        try withTempFiles { files in
            let path = try files.write("all.jsonl", records: Fixtures.everyType)
            let r = try readResults([path])
            #expect(r.skippedLines == 0)
            #expect(r.diagnostics.isEmpty)
            #expect(r.recordsRead == Fixtures.everyType.count)
            #expect(r.manifest == Fixtures.manifest)
            #expect(r.summaries == [Fixtures.summary])
            #expect(r.windows == [Fixtures.window])
            #expect(r.blocks == [Fixtures.block])
            #expect(r.conservation == [Fixtures.conservation])
            #expect(r.failures == [Fixtures.failure])
            #expect(r.calibration == Fixtures.calibration)
            #expect(r.decisions == [Fixtures.decision])
            #expect(r.partial == Fixtures.partial)
            #expect(r.end == Fixtures.end)
            #expect(r.warmupSamples == 1)
            #expect(r.files == [path])
            let key = SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)
            #expect(r.series == [key: SeriesSamples(elapsedMs: [0.145, 0.2], run: [1, 1], iteration: [1, 2])])
        }
    }

    @Test func samplesGroupIntoSeriesByTestOperationAndScale() throws {
        try withTempFiles { files in
            var records: [Record] = []
            for agents in [1, 10, 100] {
                for i in 1...3 {
                    records.append(
                        .sample(
                            Fixtures.sample(
                                "baseline", "message_send", agents: agents, ms: Double(i) / 10, iteration: i)))
                    records.append(
                        .sample(
                            Fixtures.sample("baseline", "message_receive", agents: agents, ms: Double(i), iteration: i))
                    )
                }
            }
            let r = try readResults([try files.write("s.jsonl", records: records)])
            #expect(r.series.count == 6)
            #expect(
                r.series[SeriesKey(testName: "baseline", operation: "message_receive", agentCount: 10)]?.elapsedMs == [
                    1, 2, 3,
                ])
            #expect(
                r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 100)]?.iteration == [
                    1, 2, 3,
                ])
        }
    }

    /// Names the fast path leaves to the general parser (escapes, non-ASCII) land in the same series.
    @Test func samplesWithEscapedOrNonASCIINamesMatchTheFastPath() throws {
        try withTempFiles { files in
            let plain = Record.sample(Fixtures.sample("café", "op", ms: 1)).jsonLine
            let escaped =
                #"{"type":"sample","test_name":"caf\u00e9","agent_count":1,"operation":"\u006fp","elapsed_ms":2,"metadata":{"run":1,"iteration":2}}"#
            let r = try readResults([try files.write("e.jsonl", plain + "\n" + escaped + "\n")])
            #expect(r.skippedLines == 0)
            #expect(r.series[SeriesKey(testName: "café", operation: "op", agentCount: 1)]?.elapsedMs == [1, 2])
        }
    }

    @Test func keysInAnyOrderWithWhitespaceAndUnknownFields() throws {
        try withTempFiles { files in
            let line = """
                  { "metadata" : { "extra" : [1, {"a": null}], "iteration" : 7 , "run" : 3 } ,\t"elapsed_ms" : 1.5e-1 , \
                "future_field": {"nested": [true, false, "x"]}, "operation":"message_send","agent_count" : 10,\
                "test_name":"baseline", "cpu_percent": null, "type" : "sample" }\u{20}
                """
            let r = try readResults([try files.write("w.jsonl", line + "\n")])
            #expect(r.skippedLines == 0)
            let s = try #require(r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 10)])
            #expect(s.elapsedMs == [0.15])
            #expect(s.run == [3])
            #expect(s.iteration == [7])
        }
    }

    @Test func severalFilesMergeInOrder() throws {
        try withTempFiles { files in
            let a = try files.write(
                "a.jsonl",
                records: [
                    .manifest(Fixtures.manifest), .sample(Fixtures.sample(ms: 1)),
                    .statistics(Fixtures.summary),
                ])
            var other = Fixtures.summary
            other.agentCount = 10
            let b = try files.write(
                "b.jsonl",
                records: [
                    .sample(Fixtures.sample(ms: 2)), .statistics(other),
                    .sample(Fixtures.sample(agents: 10, ms: 3)),
                ])
            let r = try readResults([a, b])
            #expect(r.files == [a, b])
            #expect(r.recordsRead == 6)
            #expect(r.summaries == [Fixtures.summary, other])
            #expect(
                r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)]?.elapsedMs == [
                    1, 2,
                ])
            #expect(
                r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 10)]?.elapsedMs == [3])
        }
    }

    @Test func byteOrderMarkAndCRLFAreTolerated() throws {
        try withTempFiles { files in
            let text = Fixtures.everyType.map(\.jsonLine).joined(separator: "\r\n") + "\r\n"
            let path = try files.write("bom.jsonl", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
            let r = try readResults([path])
            #expect(r.skippedLines == 0)
            #expect(r.recordsRead == Fixtures.everyType.count)
            #expect(r.manifest == Fixtures.manifest)
            #expect(r.failures == [Fixtures.failure])
        }
    }

    @Test func lastLineWithoutNewlineAndBlankLinesAreRead() throws {
        try withTempFiles { files in
            let text =
                "\n\n" + Record.sample(Fixtures.sample(ms: 1)).jsonLine + "\n   \n\t\n"
                + Record.sample(Fixtures.sample(ms: 2)).jsonLine
            let r = try readResults([try files.write("n.jsonl", text)])
            #expect(r.skippedLines == 0)
            #expect(r.series.first?.value.elapsedMs == [1, 2])
        }
    }

    /// A top-level array of records (e.g. `jq -s` output) is read element by element.
    @Test func topLevelArrayOfRecords() throws {
        try withTempFiles { files in
            let text =
                "["
                + [Record.sample(Fixtures.sample(ms: 1)), .statistics(Fixtures.summary)].map(\.jsonLine).joined(
                    separator: ",") + "]\n"
            let r = try readResults([try files.write("a.json", text)])
            #expect(r.recordsRead == 2)
            #expect(r.summaries == [Fixtures.summary])
        }
    }
}
