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

    private mutating func sample() -> Hit? {
        var hit = Hit()
        var typed = false
        var haveTest = false, haveOperation = false, haveAgents = false, haveElapsed = false
        var haveMetadata = false, haveRun = false, haveIteration = false
        skipWhitespace()
        guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            guard let (ks, kc) = key() else { return nil }
            switch kc {
            case 4 where same(ks, "type"):
                guard let (vs, vc) = plainString(), vc == 6, same(vs, "sample") else { return nil }
                typed = true
            case 9 where same(ks, "test_name"):
                guard let (vs, vc) = plainString(), vc > 0 else { return nil }
                hit.testStart = vs; hit.testCount = vc; haveTest = true
            case 9 where same(ks, "operation"):
                guard let (vs, vc) = plainString(), vc > 0 else { return nil }
                hit.operationStart = vs; hit.operationCount = vc; haveOperation = true
            case 9 where same(ks, "timestamp"):
                guard plainString() != nil else { return nil }
            case 9 where same(ks, "memory_mb"), 11 where same(ks, "cpu_percent"):
                guard finiteOrNull() else { return nil }
            case 10 where same(ks, "elapsed_ms"):
                guard let v = number(), v.double >= 0, v.double.isFinite else { return nil }
                hit.elapsedMs = v.double; haveElapsed = true
            case 11 where same(ks, "agent_count"):
                guard let v = counter(), v >= 1 else { return nil }
                hit.agentCount = v; haveAgents = true
            case 8 where same(ks, "metadata"):
                guard metadata(&hit, &haveRun, &haveIteration) else { return nil }
                haveMetadata = true
            default:
                guard skipValue(depth: 0) else { return nil }
            }
            skipWhitespace()
            guard i < n else { return nil }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { i += 1; break }
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
        if i < n && p[i] == UInt8(ascii: "}") { i += 1; return true }
        while true {
            guard let (ks, kc) = key() else { return false }
            switch kc {
            case 3 where same(ks, "run"):
                guard let v = counter() else { return false }
                hit.run = v; haveRun = true
            case 9 where same(ks, "iteration"):
                guard let v = counter() else { return false }
                hit.iteration = v; haveIteration = true
            case 6 where same(ks, "warmup"):
                if matchLiteral("true") { hit.warmup = true }
                else if matchLiteral("false") { hit.warmup = false }
                else { return false }
            default:
                guard skipValue(depth: 1) else { return false }
            }
            skipWhitespace()
            guard i < n else { return false }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { i += 1; return true }
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

    private mutating func finiteOrNull() -> Bool {
        if matchLiteral("null") { return true }
        guard let v = number() else { return false }
        return v.double.isFinite
    }

    @inline(__always)
    private mutating func matchLiteral(_ word: StaticString) -> Bool {
        let c = word.utf8CodeUnitCount
        guard i + c <= n, memcmp(p + i, word.utf8Start, c) == 0 else { return false }
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
            if i < n && p[i] == close { i += 1; return true }
            while true {
                if isObject {
                    guard key() != nil else { return false }
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipWhitespace()
                guard i < n else { return false }
                if p[i] == UInt8(ascii: ",") { i += 1; skipWhitespace(); continue }
                if p[i] == close { i += 1; return true }
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
