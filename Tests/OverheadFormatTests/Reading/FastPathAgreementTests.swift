import Testing

@testable import OverheadFormat

/// The sample fast path must accept exactly what the general parser accepts, with the same values;
/// otherwise a line's fate would depend on which path saw it.
@Suite struct FastPathAgreementTests {
    static let lines: [String] = [
        #"{"type":"sample","timestamp":"t","test_name":"baseline","agent_count":10,"operation":"message_send","elapsed_ms":0.145213,"cpu_percent":2.3,"memory_mb":150,"metadata":{"run":3,"iteration":57,"warmup":false}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1e2,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1E-3,"cpu_percent":-1.5e1,"metadata":{"run":1,"iteration":1,"warmup":true}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":0,"memory_mb":1e999,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":010,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":01,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":.5,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":5.,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":-0,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1},}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1}} x"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1,"warmup":null}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1.0}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":[]}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1},"type":"statistics"}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"elapsed_ms":2,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"timestamp":null,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":1,"x":[1,{"y":"z\"q"}],"metadata":{"run":1,"iteration":1}}"#,
        #"{"type" : "sample" , "test_name" : "b" , "agent_count" : 1 , "operation" : "o" , "elapsed_ms" : 1 , "metadata" : { "run" : 1 , "iteration" : 2 , "warmup" : false } }"#,
        #"{"test_name":"b","agent_count":1,"operation":"o","elapsed_ms":0.5}"#,
        #"{"test_name":"b","agent_count":1,"operation":"o","elapsed_ms":0.5,"metadata":{"iteration":-1}}"#,
        #"{"test_name":"b","agent_count":1,"operation":"o"}"#,
        #"{"type":"sample","test_name":"b","agent_count":99999999999,"operation":"o","elapsed_ms":1,"metadata":{"run":1,"iteration":1}}"#,
        #"{"type":"sample","test_name":"b","agent_count":1,"operation":"o","elapsed_ms":123456789012345678901234567890,"metadata":{"run":1,"iteration":1}}"#,
    ]

    @Test(arguments: lines)
    func fastPathAndGeneralParserAgree(_ line: String) throws {
        let bytes = Array(line.utf8)
        let fast = bytes.withUnsafeBufferPointer { SampleScanner.scan($0.baseAddress!, bytes.count) }
        var general: Sample? = nil
        if let value = try? bytes.withUnsafeBytes({ (raw) throws -> JSONValue in try JSONParser.parse(raw) }),
            case .object(let o) = value, case .sample(let s)? = try? Record.decode(o)
        {
            general = s
        }
        if let fast {
            // A fast-path hit must be a sample the general path accepts with the same values.
            let g = try #require(general, "fast path accepted what the general parser rejects")
            #expect(fast.elapsedMs == g.elapsedMs)
            #expect(fast.agentCount == g.agentCount)
            #expect(fast.run == g.run)
            #expect(fast.iteration == g.iteration)
            #expect(fast.warmup == g.warmup)
            #expect(
                String(decoding: bytes[fast.testStart..<(fast.testStart + fast.testCount)], as: UTF8.self) == g.testName
            )
            #expect(
                String(
                    decoding: bytes[fast.operationStart..<(fast.operationStart + fast.operationCount)], as: UTF8.self)
                    == g.operation)
        }
        // Either way the reader ends with the general parser's verdict.
        try withTempFiles { files in
            let path = try files.write(
                "l.jsonl", line + "\n" + Record.sample(Fixtures.sample("z", "z")).jsonLine + "\n")
            let r = try readResults([path])
            #expect(r.skippedLines == (general == nil ? 1 : 0))
        }
    }

    /// Every truncation and many single-byte replacements of real lines: the fast path never
    /// accepts a line the general parser rejects, and never disagrees on a value.
    @Test func mutatedLinesNeverMakeThePathsDisagree() throws {
        let originals = [
            Self.lines[0], Self.lines[19], Self.lines[20],
            Record.sample(
                Fixtures.sample(
                    "rate_limiting_integration", "send_with_backpressure", agents: 100,
                    ms: 0.145213, run: 12, iteration: 999, warmup: true)
            ).jsonLine,
        ]
        let replacements: [UInt8] = [
            0x00, 0x0A, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x30, 0x31, 0x3A, 0x5C, 0x65, 0x7B, 0x7D, 0x80, 0xFF,
        ]
        var checked = 0
        var disagreements: [String] = []
        for original in originals {
            let bytes = Array(original.utf8)
            var variants: [[UInt8]] = (0...bytes.count).map { Array(bytes.prefix($0)) }
            for position in bytes.indices {
                for r in replacements where bytes[position] != r {
                    var v = bytes
                    v[position] = r
                    variants.append(v)
                }
                var deleted = bytes
                deleted.remove(at: position)
                variants.append(deleted)
            }
            for v in variants {
                checked += 1
                let fast = v.withUnsafeBufferPointer { b in
                    b.count == 0 ? nil : SampleScanner.scan(b.baseAddress!, b.count)
                }
                guard let fast else { continue }
                var general: Sample? = nil
                if UTF8Validation.firstInvalidByte(v, v.count) == nil,
                    let value = try? v.withUnsafeBytes({ (raw) throws -> JSONValue in try JSONParser.parse(raw) }),
                    case .object(let o) = value, case .sample(let s)? = try? Record.decode(o)
                {
                    general = s
                }
                let same =
                    general.map {
                        $0.elapsedMs == fast.elapsedMs && $0.agentCount == fast.agentCount && $0.run == fast.run
                            && $0.iteration == fast.iteration && $0.warmup == fast.warmup
                            && Array($0.testName.utf8) == Array(v[fast.testStart..<(fast.testStart + fast.testCount)])
                            && Array($0.operation.utf8)
                                == Array(v[fast.operationStart..<(fast.operationStart + fast.operationCount)])
                    } ?? false
                if !same { disagreements.append(String(decoding: v, as: UTF8.self)) }
            }
        }
        #expect(checked > 10_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
