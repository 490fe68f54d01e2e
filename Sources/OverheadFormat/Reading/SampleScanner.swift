#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fast path: recognises one raw sample object (ours, `"type":"sample"`, or the original's,
/// with no `type`) directly in the line's bytes, keys in any order, any JSON whitespace, unknown
/// keys skipped. It never reports errors: anything unusual (escapes, non-ASCII, a wrong type, a
/// bad value, a missing field) returns nil and the line goes to the general parser, which says
/// exactly what is wrong. So both paths accept exactly the same samples.
struct SampleScanner {
    /// A recognised sample; names are byte ranges of the scanned line.
    struct Hit {
        var testStart = 0, testCount = 0
        var operationStart = 0, operationCount = 0
        var agentCount = 0
        var elapsedMs = 0.0
        var run = 0
        var iteration = 0
        var warmup = false
    }

    private let p: UnsafePointer<UInt8>
    private let n: Int
    private var i = 0

    private init(_ p: UnsafePointer<UInt8>, _ n: Int) {
        self.p = p
        self.n = n
    }

    @inline(__always)
    static func scan(_ p: UnsafePointer<UInt8>, _ n: Int) -> Hit? {
        var s = SampleScanner(p, n)
        return s.sample()
    }

    // MARK: - Objects

    /// The fields of a sample, in the order our writer puts them; the scanner first tries the next
    /// expected `"key":` with one comparison and only reads a key byte by byte when it differs.
    private enum Field {
        case type, timestamp, testName, agentCount, operation, elapsedMs, cpuPercent, memoryMB, metadata, other
    }

    @inline(__always)
    private static func expected(_ k: Int) -> (StaticString, Field) {
        switch k {
        case 0: return ("\"type\":", .type)
        case 1: return ("\"timestamp\":", .timestamp)
        case 2: return ("\"test_name\":", .testName)
        case 3: return ("\"agent_count\":", .agentCount)
        case 4: return ("\"operation\":", .operation)
        case 5: return ("\"elapsed_ms\":", .elapsedMs)
        case 6: return ("\"cpu_percent\":", .cpuPercent)
        case 7: return ("\"memory_mb\":", .memoryMB)
        default: return ("\"metadata\":", .metadata)
        }
    }

    private func classify(_ ks: Int, _ kc: Int) -> Field {
        switch kc {
        case 4 where same(ks, "type"): return .type
        case 9 where same(ks, "test_name"): return .testName
        case 9 where same(ks, "operation"): return .operation
        case 9 where same(ks, "timestamp"): return .timestamp
        case 9 where same(ks, "memory_mb"): return .memoryMB
        case 10 where same(ks, "elapsed_ms"): return .elapsedMs
        case 11 where same(ks, "agent_count"): return .agentCount
        case 11 where same(ks, "cpu_percent"): return .cpuPercent
        case 8 where same(ks, "metadata"): return .metadata
        default: return .other
        }
    }

    private mutating func sample() -> Hit? {
        var hit = Hit()
        var typed = false
        var haveTest = false
        var haveOperation = false
        var haveAgents = false
        var haveElapsed = false
        var haveMetadata = false
        var haveRun = false
        var haveIteration = false
        var next = 0
        skipWhitespace()
        guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            skipWhitespace()
            var field = Field.other
            if next < 9, case (let pattern, let f) = Self.expected(next), matchLiteral(pattern) {
                field = f
                next += 1
                skipWhitespace()
            } else {
                guard let (ks, kc) = key() else { return nil }
                field = classify(ks, kc)
                next = 9
            }
            switch field {
            case .type:
                guard matchLiteral("\"sample\"") else { return nil }
                typed = true
            case .testName:
                guard let (vs, vc) = plainString(), vc > 0 else { return nil }
                hit.testStart = vs
                hit.testCount = vc
                haveTest = true
            case .operation:
                guard let (vs, vc) = plainString(), vc > 0 else { return nil }
                hit.operationStart = vs
                hit.operationCount = vc
                haveOperation = true
            case .timestamp:
                guard plainString() != nil else { return nil }
            case .memoryMB, .cpuPercent:
                guard finiteOrNull() else { return nil }
            case .elapsedMs:
                guard let v = number(), v.double >= 0, v.double.isFinite else { return nil }
                hit.elapsedMs = v.double
                haveElapsed = true
            case .agentCount:
                guard let v = counter(), v >= 1 else { return nil }
                hit.agentCount = v
                haveAgents = true
            case .metadata:
                guard metadata(&hit, &haveRun, &haveIteration) else { return nil }
                haveMetadata = true
            case .other:
                guard skipValue(depth: 0) else { return nil }
            }
            skipWhitespace()
            guard i < n else { return nil }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if p[i] == UInt8(ascii: "}") {
                i += 1
                break
            }
            return nil
        }
        skipWhitespace()
        guard i == n, haveTest, haveOperation, haveAgents, haveElapsed else { return nil }
        if typed { guard haveMetadata, haveRun, haveIteration else { return nil } }
        return hit
    }

    private mutating func metadata(_ hit: inout Hit, _ haveRun: inout Bool, _ haveIteration: inout Bool) -> Bool {
        guard i < n, p[i] == UInt8(ascii: "{") else { return false }
        i += 1
        skipWhitespace()
        if i < n && p[i] == UInt8(ascii: "}") {
            i += 1
            return true
        }
        while true {
            skipWhitespace()
            if matchLiteral("\"run\":") {
                skipWhitespace()
                guard let v = counter() else { return false }
                hit.run = v
                haveRun = true
            } else if matchLiteral("\"iteration\":") {
                skipWhitespace()
                guard let v = counter() else { return false }
                hit.iteration = v
                haveIteration = true
            } else if matchLiteral("\"warmup\":") {
                skipWhitespace()
                if matchLiteral("true") {
                    hit.warmup = true
                } else if matchLiteral("false") {
                    hit.warmup = false
                } else {
                    return false
                }
            } else {
                guard let (ks, kc) = key() else { return false }
                // Same keys spelt with whitespace before the colon.
                if kc == 3 && same(ks, "run") {
                    guard let v = counter() else { return false }
                    hit.run = v
                    haveRun = true
                } else if kc == 9 && same(ks, "iteration") {
                    guard let v = counter() else { return false }
                    hit.iteration = v
                    haveIteration = true
                } else if kc == 6 && same(ks, "warmup") {
                    if matchLiteral("true") {
                        hit.warmup = true
                    } else if matchLiteral("false") {
                        hit.warmup = false
                    } else {
                        return false
                    }
                } else {
                    guard skipValue(depth: 1) else { return false }
                }
            }
            skipWhitespace()
            guard i < n else { return false }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if p[i] == UInt8(ascii: "}") {
                i += 1
                return true
            }
            return false
        }
    }

    // MARK: - Tokens

    /// `"key"` then `:`; leaves `i` at the value.
    @inline(__always)
    private mutating func key() -> (Int, Int)? {
        skipWhitespace()
        guard let k = plainString() else { return nil }
        skipWhitespace()
        guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        skipWhitespace()
        return k
    }

    /// A string with no escapes, no control characters and only ASCII; returns its byte range.
    @inline(__always)
    private mutating func plainString() -> (Int, Int)? {
        guard i < n, p[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // Eight bytes at a time until one is a quote, a backslash, a control character or non-ASCII.
        while i + 8 <= n {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            let quote = w ^ 0x2222_2222_2222_2222
            let backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
            let lowBits: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let special =
                ((quote &- lowBits) & ~quote) | ((backslash &- lowBits) & ~backslash)
                | ((w &- 0x2020_2020_2020_2020) & ~w) | w
            let m = special & highBits
            if m != 0 {
                i += m.trailingZeroBitCount >> 3
                break
            }
            i += 8
        }
        while i < n {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return (start, i - 1 - start)
            }
            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private mutating func number() -> ScannedNumber? {
        guard let v = NumberScanner.scan(p, i, n) else { return nil }
        i = v.end
        return v
    }

    /// A non-negative integer written as digits only (no sign, fraction or exponent).
    @inline(__always)
    private mutating func counter() -> Int? {
        var v = 0
        let start = i
        while i < n {
            let d = p[i] &- UInt8(ascii: "0")
            if d > 9 { break }
            v = v &* 10 &+ Int(d)
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits <= 9, !(digits > 1 && p[start] == UInt8(ascii: "0")) else { return nil }
        if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { return nil }
        return v
    }

    /// A number (not kept, so only its syntax is checked; one with an exponent is evaluated to
    /// rule out overflow to infinity) or null.
    private mutating func finiteOrNull() -> Bool {
        if matchLiteral("null") { return true }
        let start = i
        if i < n && p[i] == UInt8(ascii: "-") { i += 1 }
        guard i < n else { return false }
        if p[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            let s = i
            while i < n && p[i] &- UInt8(ascii: "0") <= 9 { i += 1 }
            guard i > s else { return false }
        }
        if i < n && p[i] == UInt8(ascii: ".") {
            i += 1
            let s = i
            while i < n && p[i] &- UInt8(ascii: "0") <= 9 { i += 1 }
            guard i > s else { return false }
        }
        if i < n && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            i = start
            guard let v = number() else { return false }
            return v.double.isFinite
        }
        return true
    }

    /// Compares a short literal in place: two overlapping 8-byte loads for 8...16 bytes (no call).
    @inline(__always)
    private mutating func matchLiteral(_ word: StaticString) -> Bool {
        let c = word.utf8CodeUnitCount
        guard i + c <= n else { return false }
        let w = UnsafeRawPointer(word.utf8Start)
        let here = UnsafeRawPointer(p + i)
        if c >= 8 && c <= 16 {
            guard here.loadUnaligned(as: UInt64.self) == w.loadUnaligned(as: UInt64.self),
                here.loadUnaligned(fromByteOffset: c - 8, as: UInt64.self)
                    == w.loadUnaligned(fromByteOffset: c - 8, as: UInt64.self)
            else { return false }
        } else if c >= 4 && c < 8 {
            guard here.loadUnaligned(as: UInt32.self) == w.loadUnaligned(as: UInt32.self),
                here.loadUnaligned(fromByteOffset: c - 4, as: UInt32.self)
                    == w.loadUnaligned(fromByteOffset: c - 4, as: UInt32.self)
            else { return false }
        } else {
            guard memcmp(here, w, c) == 0 else { return false }
        }
        i += c
        return true
    }

    /// Skips any JSON value of an unknown key (bounded nesting).
    private mutating func skipValue(depth: Int) -> Bool {
        guard i < n, depth < 16 else { return false }
        switch p[i] {
        case UInt8(ascii: "\""):
            return plainString() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = p[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = close == UInt8(ascii: "}")
            i += 1
            skipWhitespace()
            if i < n && p[i] == close {
                i += 1
                return true
            }
            while true {
                if isObject {
                    guard key() != nil else { return false }
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
                guard i < n else { return false }
                if p[i] == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace()
                    continue
                }
                if p[i] == close {
                    i += 1
                    return true
                }
                return false
            }
        case UInt8(ascii: "t"): return matchLiteral("true")
        case UInt8(ascii: "f"): return matchLiteral("false")
        case UInt8(ascii: "n"): return matchLiteral("null")
        default:
            return number() != nil
        }
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while i < n {
            let b = p[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1 } else { return }
        }
    }

    @inline(__always)
    private func same(_ start: Int, _ word: StaticString) -> Bool {
        memcmp(p + start, word.utf8Start, word.utf8CodeUnitCount) == 0
    }
}
