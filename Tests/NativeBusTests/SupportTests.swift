import Foundation
import Glibc
import Testing

@testable import NativeBus

@Suite("Support")
struct SupportTests {
    @Test("metrics: values and tags are written as JSON; non-finite values are refused")
    func metricLine() throws {
        let fixture = try BusFixture()
        let bus = try fixture.bus()
        try bus.emitMetric(name: "m", value: 3, unit: "count", tags: "")
        try bus.emitMetric(name: "m\"2", value: 0.125, unit: "ms", tags: "agent=a")
        #expect(throws: NativeBusError.invalidMetricValue(name: "m", value: .infinity)) {
            try bus.emitMetric(name: "m", value: .infinity, unit: "ms")
        }
        let lines = try String(contentsOfFile: bus.metricsFilePath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(#","metric":"m","value":3,"unit":"count","tags":{}}"#))
        #expect(lines[1].hasSuffix(#","metric":"m\"2","value":0.125,"unit":"ms","tags":"agent=a"}"#))
    }

    @Test(
        "the JSON check accepts single values and refuses the rest",
        arguments: [
            ("{}", true), ("[1,2.5e-3,\"x\",null,true]", true), (" {\"a\":{\"b\":[]}} ", true), ("\"\\u00e9\"", true),
            ("-0", true), ("{", false), ("{} {}", false), ("01", false), ("{\"a\":}", false), ("'x'", false),
            ("[1,]", false), ("\"\\x\"", false), ("tru", false), ("1.", false), ("abc", false),
        ])
    func jsonCheck(_ text: String, _ valid: Bool) {
        var text = text
        #expect(text.withUTF8 { JSONCheck.isSingleValue(UnsafeRawBufferPointer($0)) } == valid)
    }

    @Test("timestamps are ISO 8601 UTC with milliseconds")
    func iso8601() {
        // Reference values from `date -u -d @SECONDS +%Y-%m-%dT%H:%M:%S`.
        let cases: [(Int, Int, String)] = [
            (0, 0, "1970-01-01T00:00:00.000Z"),
            (1_700_000_000, 123_999_999, "2023-11-14T22:13:20.123Z"),
            (951_782_400, 5_000_000, "2000-02-29T00:00:00.005Z"),
            (4_102_444_799, 999_000_000, "2099-12-31T23:59:59.999Z"),
        ]
        for (seconds, nanoseconds, expected) in cases {
            var buffer = ByteBuffer(capacity: 4)
            defer { buffer.deallocate() }
            buffer.appendISO8601(seconds: seconds, nanoseconds: nanoseconds)
            #expect(buffer.string == expected)
        }
    }

    @Test("a full file system is recognisable from the error")
    func noSpace() {
        let error = NativeBusError.system(operation: "write", path: "/dev/shm/x", code: ENOSPC)
        #expect(error.isNoSpace)
        #expect(error.description == "write /dev/shm/x: No space left on device (errno 28)")
        #expect(!NativeBusError.system(operation: "open", path: "/x", code: EACCES).isNoSpace)
    }
}
