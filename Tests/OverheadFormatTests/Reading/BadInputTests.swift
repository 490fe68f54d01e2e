import Testing

@testable import OverheadFormat

/// Each bad line becomes `file:line: reason`, is counted, and is skipped; the good lines around it are read.
@Suite struct BadInputTests {
    static let good = Record.sample(Fixtures.sample(ms: 0.5)).jsonLine

    /// Writes good / bad / good and returns the single diagnostic (with the file path replaced by `F`).
    private func diagnose(_ bad: [UInt8], options: ReadOptions = ReadOptions()) throws -> String {
        try withTempFiles { files in
            let bytes = Array((Self.good + "\n").utf8) + bad + Array(("\n" + Self.good + "\n").utf8)
            let path = try files.write("bad.jsonl", bytes: bytes)
            let r = try readResults([path], options: options)
            #expect(r.skippedLines == 1)
            #expect(r.series.first?.value.elapsedMs == [0.5, 0.5], "the good lines around the bad one are still read")
            let d = try #require(r.diagnostics.first)
            #expect(d.file == path)
            return "F:\(d.line): \(d.message)"
        }
    }

    private func diagnose(_ bad: String) throws -> String { try diagnose(Array(bad.utf8)) }

    @Test func truncatedLine() throws {
        #expect(
            try diagnose(#"{"type":"sample","test_name":"baseline","agent_c"#)
                == "F:2: truncated JSON value: it starts here and is still open before line 3 starts a new value (last line 2)"
        )
    }

    @Test func truncatedLastLineAtEndOfFile() throws {
        try withTempFiles { files in
            let path = try files.write("t.jsonl", Self.good + "\n" + #"{"type":"sample","elapsed_ms":0."#)
            let r = try readResults([path])
            #expect(
                r.diagnostics.map(\.description)
                    == [
                        "\(path):2: truncated JSON value: it starts here and is still open at the end of the file (last line 2)"
                    ])
        }
    }

    @Test func notJSON() throws {
        #expect(
            try diagnose("hello world")
                == "F:2: not valid JSON: unexpected character 'h'; expected a JSON value (at column 1)")
        #expect(
            try diagnose(#"{"type":"sample",}"#)
                == "F:2: not valid JSON: unexpected character '}' in an object; expected a quoted key (at column 18)")
        #expect(
            try diagnose(#"{"a":1} {"b":2}"#)
                == "F:2: not valid JSON: unexpected character '{' after the JSON value (at column 9)")
        #expect(
            try diagnose(#"{"a":01}"#)
                == "F:2: not valid JSON: unexpected character '1' in an object; expected ',' or '}' (at column 7)")
        #expect(
            try diagnose("# a comment")
                == "F:2: not valid JSON: unexpected character '#'; expected a JSON value (at column 1)")
    }

    @Test func wrongTypes() throws {
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":"ten","operation":"message_send","elapsed_ms":0.1,"metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: field "agent_count" must be an integer, found a string"#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1.5,"operation":"message_send","elapsed_ms":0.1,"metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: field "agent_count" must be an integer, found 1.5"#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":"0.1","metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: field "elapsed_ms" must be a number, found a string"#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":0.1,"metadata":{"run":"1","iteration":1}}"#
            )
                == #"F:2: field "metadata.run" must be an integer, found a string"#)
        #expect(try diagnose(#"{"type":7}"#) == #"F:2: field "type" must be a string, found a number"#)
        #expect(
            try diagnose(
                #"{"type":"statistics","test_name":"baseline","agent_count":1,"operation":"message_send","avg_ms":null,"stddev_ms":0,"p50_ms":0,"p95_ms":0,"p99_ms":0}"#
            )
                == #"F:2: field "avg_ms" must be a number, found null"#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":0,"operation":"message_send","elapsed_ms":0.1,"metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: field "agent_count" must be at least 1, found 0"#)
    }

    @Test func nonFiniteAndNegativeLatency() throws {
        func sample(_ ms: String) -> String {
            #"{"type":"sample","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":"# + ms
                + #","metadata":{"run":1,"iteration":1}}"#
        }
        #expect(try diagnose(sample("NaN")) == #"F:2: field "elapsed_ms" is NaN; it must be a finite number"#)
        #expect(try diagnose(sample("Infinity")) == #"F:2: field "elapsed_ms" is infinite; it must be a finite number"#)
        #expect(try diagnose(sample("1e999")) == #"F:2: field "elapsed_ms" is infinite; it must be a finite number"#)
        #expect(try diagnose(sample("-0.25")) == #"F:2: field "elapsed_ms" is negative (-0.25); a latency must be ≥ 0"#)
        // The original tool's typeless raw sample is checked the same way.
        #expect(
            try diagnose(#"{"test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":-1}"#)
                == #"F:2: field "elapsed_ms" is negative (-1.0); a latency must be ≥ 0"#)
    }

    @Test func unknownRecordType() throws {
        #expect(try diagnose(#"{"type":"bogus","x":1}"#) == #"F:2: unknown record type "bogus""#)
        #expect(
            try diagnose(#"{"test_name":"baseline"}"#)
                == #"F:2: not a record: no "type" field, and no "elapsed_ms" as in a raw sample"#)
        #expect(try diagnose("42") == "F:2: expected a JSON object (a record), found a number")
    }

    @Test func invalidUTF8() throws {
        let bytes =
            Array(#"{"type":"sample","test_name":"base"#.utf8) + [0xFF, 0xFE] + Array(#"line","agent_count":1}"#.utf8)
        #expect(try diagnose(bytes) == "F:2: invalid UTF-8 (byte 0xFF at column 35)")
        // An overlong encoding of '/' and a UTF-16 surrogate encoded in UTF-8 are invalid too.
        #expect(
            try diagnose([0x7B, 0x22, 0xC0, 0xAF, 0x22, 0x3A, 0x31, 0x7D])
                == "F:2: invalid UTF-8 (byte 0xC0 at column 3)")
        #expect(
            try diagnose([0x7B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x3A, 0x31, 0x7D])
                == "F:2: invalid UTF-8 (byte 0xED at column 3)")
    }

    @Test func missingRequiredFields() throws {
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1,"elapsed_ms":0.1,"metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: missing required field "operation""#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":0.1}"#
            )
                == #"F:2: missing required field "metadata""#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"baseline","agent_count":1,"operation":"message_send","elapsed_ms":0.1,"metadata":{"iteration":1}}"#
            )
                == #"F:2: missing required field "metadata.run""#)
        #expect(
            try diagnose(#"{"type":"window","event":"start","test_name":"baseline","agent_count":1,"run":1}"#)
                == #"F:2: missing required field "unix_time""#)
        #expect(
            try diagnose(
                #"{"type":"sample","test_name":"","agent_count":1,"operation":"message_send","elapsed_ms":0.1,"metadata":{"run":1,"iteration":1}}"#
            )
                == #"F:2: field "test_name" is empty"#)
    }

    @Test func hostileStrings() throws {
        #expect(
            try diagnose(#"{"type":"x\ud800"}"#)
                == #"F:2: not valid JSON: invalid \u escape: high surrogate without a low surrogate (at column 17)"#)
        #expect(
            try diagnose("{\"type\":\"a\u{01}b\"}")
                == "F:2: not valid JSON: unescaped control character 0x1 in a string (at column 11)")
        #expect(try diagnose(#"{"type":"\u001b[31mred"}"#) == #"F:2: unknown record type "\u{1b}[31mred""#)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try diagnose(deep) == "F:2: not valid JSON: nested deeper than 64 levels (at column 65)")
    }

    @Test func lineOverTheLimitIsSkippedWithItsLength() throws {
        var options = ReadOptions()
        options.maxLineBytes = 300
        options.chunkBytes = 64
        let long = "{\"type\":\"" + String(repeating: "x", count: 500) + "\"}"
        #expect(
            try diagnose(Array(long.utf8), options: options)
                == "F:2: line is 511 bytes, over the 300 bytes limit; skipped")
    }

    @Test func diagnosticsAreCappedButEveryBadLineIsCounted() throws {
        try withTempFiles { files in
            var lines: [String] = []
            for k in 0..<250 { lines.append(k % 2 == 0 ? "garbage \(k)" : Self.good) }
            let path = try files.write("many.jsonl", lines.joined(separator: "\n"))
            let r = try readResults([path])
            #expect(r.skippedLines == 125)
            #expect(r.diagnostics.count == 100)
            #expect(r.diagnostics.first?.line == 1)
            #expect(r.diagnostics.last?.line == 199)
            #expect(r.series.first?.value.count == 125)
        }
    }

    @Test func samplesBeyondTheSeriesLimitAreBadLines() throws {
        try withTempFiles { files in
            let records: [Record] = [
                .sample(Fixtures.sample("a", "x")), .sample(Fixtures.sample("b", "x")),
                .sample(Fixtures.sample("c", "x")), .sample(Fixtures.sample("a", "x")),
                .sample(Fixtures.sample("d", "x", warmup: true)),
            ]
            let path = try files.write("series.jsonl", records: records)
            var options = ReadOptions()
            options.maxSeries = 2
            let r = try readResults([path], options: options)
            #expect(r.series.count == 2)
            #expect(r.series[SeriesKey(testName: "a", operation: "x", agentCount: 1)]?.count == 2)
            #expect(
                r.diagnostics.map(\.description) == [
                    "\(path):3: sample of a new series beyond the limit of 2 distinct (test, operation, agent count) series; skipped"
                ])
            #expect(r.recordsRead == 4)
            #expect(r.warmupSamples == 1)
        }
    }
}
