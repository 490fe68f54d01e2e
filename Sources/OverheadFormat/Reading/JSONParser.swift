/// A small recursive-descent JSON parser over bytes (RFC 8259), used for records the sample fast
/// path does not recognise. Expects valid UTF-8 (checked before). Depth is capped so hostile
/// nesting cannot exhaust the stack.
struct JSONParser {
    struct Failure: Error, Equatable {
        /// Byte offset in the input where the problem was found.
        var offset: Int
        var message: String
        /// The input ended inside the value: a truncated line, or the first line of a value that
        /// continues on the next lines.
        var endOfInput: Bool
    }

    static let maxDepth = 64

    private let p: UnsafePointer<UInt8>
    private let count: Int
    private var i = 0

    private init(_ p: UnsafePointer<UInt8>, _ count: Int) {
        self.p = p
        self.count = count
    }

    /// Parses exactly one value, with only whitespace around it.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONValue {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw Failure(offset: 0, message: "empty input", endOfInput: true)
        }
        var parser = JSONParser(base.assumingMemoryBound(to: UInt8.self), bytes.count)
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.i < parser.count {
            throw Failure(
                offset: parser.i, message: "unexpected \(parser.describeByte(parser.i)) after the JSON value",
                endOfInput: false)
        }
        return value
    }

    private mutating func skipWhitespace() {
        while i < count {
            let b = p[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1 } else { break }
        }
    }

    private func fail(_ message: String) -> Failure {
        Failure(offset: i, message: message, endOfInput: false)
    }

    private func truncated(_ inside: String) -> Failure {
        Failure(offset: count, message: "truncated: input ends inside \(inside)", endOfInput: true)
    }

    private func describeByte(_ at: Int) -> String {
        let b = p[at]
        if b >= 0x21 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
        if b < 0x80 { return "control character 0x\(String(b, radix: 16, uppercase: true))" }
        return "non-ASCII character"
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard i < count else { throw truncated("a value") }
        switch p[i] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "N"):
            try literal("NaN")
            return .double(.nan)
        case UInt8(ascii: "I"):
            try literal("Infinity")
            return .double(.infinity)
        case UInt8(ascii: "-") where i + 1 < count && p[i + 1] == UInt8(ascii: "I"):
            i += 1
            try literal("Infinity")
            return .double(-.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number()
        default:
            throw fail("unexpected \(describeByte(i)); expected a JSON value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        for k in 0..<n {
            guard i + k < count else { throw truncated("'\(word)'") }
            guard p[i + k] == w[k] else {
                throw Failure(
                    offset: i, message: "unexpected \(describeByte(i)); expected a JSON value", endOfInput: false)
            }
        }
        i += n
    }

    private mutating func number() throws(Failure) -> JSONValue {
        guard let n = NumberScanner.scan(p, i, count) else {
            // Distinguish "ends mid-number" from a malformed one.
            var j = i
            while j < count, let c = Optional(p[j]),
                c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                    || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
                    || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            { j += 1 }
            if j == count { throw truncated("a number") }
            throw fail("malformed number")
        }
        i = n.end
        if let v = n.integer { return .int(v) }
        if let u = n.unsigned { return .unsigned(u) }
        return .double(n.double)
    }

    private mutating func string() throws(Failure) -> String {
        i += 1  // opening quote
        let start = i
        // Fast scan: no escapes.
        while i < count {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(start: p + start, count: i - start), as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 {
                throw fail("unescaped control character 0x\(String(b, radix: 16, uppercase: true)) in a string")
            }
            i += 1
        }
        guard i < count else { throw truncated("a string") }
        var bytes = Array(UnsafeBufferPointer(start: p + start, count: i - start))
        while i < count {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            if b < 0x20 {
                throw fail("unescaped control character 0x\(String(b, radix: 16, uppercase: true)) in a string")
            }
            if b != UInt8(ascii: "\\") {
                bytes.append(b)
                i += 1
                continue
            }
            guard i + 1 < count else { throw truncated("a string") }
            let e = p[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    guard i + 1 < count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else {
                        if i + 1 >= count { throw truncated("a string") }
                        throw fail("invalid \\u escape: high surrogate without a low surrogate")
                    }
                    i += 2
                    let lowHalf = try hex4()
                    guard lowHalf >= 0xDC00 && lowHalf <= 0xDFFF else {
                        throw fail("invalid \\u escape: high surrogate without a low surrogate")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (lowHalf - 0xDC00)
                } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    throw fail("invalid \\u escape: unpaired low surrogate")
                }
                bytes.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                i -= 1
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string")
            }
        }
        throw truncated("a string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < count else { throw truncated("a string") }
            let b = p[i]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape: expected four hex digits")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        guard i < count else { throw truncated("an array") }
        if p[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth))
            skipWhitespace()
            guard i < count else { throw truncated("an array") }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if p[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            throw fail("unexpected \(describeByte(i)) in an array; expected ',' or ']'")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= Self.maxDepth else { throw fail("nested deeper than \(Self.maxDepth) levels") }
        i += 1
        var object = JSONObject()
        skipWhitespace()
        guard i < count else { throw truncated("an object") }
        if p[i] == UInt8(ascii: "}") {
            i += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard i < count else { throw truncated("an object") }
            guard p[i] == UInt8(ascii: "\"") else {
                throw fail("unexpected \(describeByte(i)) in an object; expected a quoted key")
            }
            let key = try string()
            skipWhitespace()
            guard i < count else { throw truncated("an object") }
            guard p[i] == UInt8(ascii: ":") else {
                throw fail("unexpected \(describeByte(i)) after key \"\(key)\"; expected ':'")
            }
            i += 1
            skipWhitespace()
            object.members.append(.init(key: key, value: try value(depth: depth)))
            skipWhitespace()
            guard i < count else { throw truncated("an object") }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if p[i] == UInt8(ascii: "}") {
                i += 1
                return .object(object)
            }
            throw fail("unexpected \(describeByte(i)) in an object; expected ',' or '}'")
        }
    }
}
