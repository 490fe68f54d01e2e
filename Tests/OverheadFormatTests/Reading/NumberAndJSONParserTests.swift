import Foundation
import Testing

@testable import OverheadFormat

@Suite struct NumberScannerTests {
    private func scan(_ text: String) -> ScannedNumber? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { NumberScanner.scan($0.baseAddress!, 0, bytes.count) }
    }

    /// Fast path and strtod path agree with Swift's own correctly rounded `Double(String)`.
    @Test(arguments: [
        "0", "-0", "0.145", "0.1", "1e-7", "123456.789", "2.2250738585072014e-308", "1.7976931348623157e308",
        "9007199254740993", "0.30000000000000004", "12345678901234567890.5", "1E+22", "1e23", "-3.5e-3",
        "0.000000000000000000000000001", "4.9e-324", "1e400", "-1e400",
    ])
    func matchesCorrectRounding(_ text: String) throws {
        let n = try #require(scan(text))
        #expect(n.end == text.utf8.count)
        #expect(n.double == Double(text) ?? (text.hasPrefix("-") ? -.infinity : .infinity))
    }

    @Test func integersKeepFullPrecision() throws {
        #expect(scan("9223372036854775807")?.integer == Int64.max)
        #expect(scan("-9223372036854775808")?.integer == Int64.min)
        #expect(scan("18446744073709551615")?.unsigned == UInt64.max)
        #expect(scan("18446744073709551616")?.unsigned == nil)
        #expect(scan("10.0")?.integer == nil)
    }

    @Test(arguments: ["", "-", "+1", ".5", "1.", "1e", "1e+", "abc"])
    func rejectsWhatJSONRejects(_ text: String) {
        #expect(scan(text) == nil)
    }
}

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { (raw) throws -> JSONValue in try JSONParser.parse(raw) }
    }

    @Test func valuesOfEveryKind() throws {
        let v = try parse(
            #" {"a": [1, -2.5, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {}, "c": []} "#)
        guard case .object(let o) = v else {
            Issue.record("not an object")
            return
        }
        #expect(
            o["a"]
                == .array([
                    .int(1), .double(-2.5), .bool(true), .bool(false), .null,
                    .string("x\"\\/\u{8}\u{C}\n\r\té😀"),
                ]))
        #expect(o["b"] == .object(JSONObject()))
        #expect(o["c"] == .array([]))
    }

    @Test func repeatedKeyResolvesToTheLast() throws {
        guard case .object(let o) = try parse(#"{"k":1,"k":2}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(o["k"] == .int(2))
    }

    /// The error `JSONParser.parse` throws for `text`, or nil when it parses.
    private func failure(_ text: String) -> JSONParser.Failure? {
        Array(text.utf8).withUnsafeBytes { raw in
            do throws(JSONParser.Failure) {
                _ = try JSONParser.parse(raw)
                return nil
            } catch {
                return error
            }
        }
    }

    @Test(
        "an input that ends inside a value is reported as truncated, at its end",
        arguments: [
            ("{", "an object"), (#"{"a""#, "an object"), (#"{"a":"#, "a value"), (#"{"a":1"#, "an object"),
            (#"{"a":"x"#, "a string"), ("[1,", "a value"), ("tru", "'true'"), ("nul", "'null'"),
            (#"{"a":-"#, "a number"),
        ])
    func truncation(text: String, inside: String) {
        #expect(
            failure(text)
                == JSONParser.Failure(
                    offset: text.utf8.count, message: "truncated: input ends inside \(inside)", endOfInput: true))
    }

    @Test(
        "other errors point at the offending byte and are not truncation",
        arguments: [
            ("{]", 1, "unexpected character ']' in an object; expected a quoted key"),
            ("[1 2]", 3, "unexpected character '2' in an array; expected ',' or ']'"),
            // A misspelt literal is reported at its first byte.
            ("nulx", 0, "unexpected character 'n'; expected a JSON value"),
            (#"{"a":+1}"#, 5, "unexpected character '+'; expected a JSON value"),
            (#""\x""#, 2, "invalid escape '\\x' in a string"),
        ])
    func malformed(text: String, offset: Int, message: String) {
        #expect(failure(text) == JSONParser.Failure(offset: offset, message: message, endOfInput: false))
    }
}
