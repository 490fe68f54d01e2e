/// A strict, allocation-free check that bytes hold exactly one JSON value (RFC 8259),
/// used to decide whether a caller's payload, tags or details can be embedded verbatim.
enum JSONCheck {
    static let maxDepth = 64

    static func isSingleValue(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        guard scanner.value(depth: 0) else { return false }
        scanner.skipSpace()
        return scanner.atEnd
    }

    struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var atEnd: Bool { i >= bytes.count }
        var current: UInt8 { bytes[i] }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
                i += 1
            }
        }

        mutating func value(depth: Int) -> Bool {
            guard !atEnd, depth < JSONCheck.maxDepth else { return false }
            switch current {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func object(depth: Int) -> Bool {
            i += 1
            skipSpace()
            if !atEnd, current == UInt8(ascii: "}") {
                i += 1
                return true
            }
            while true {
                skipSpace()
                guard !atEnd, current == UInt8(ascii: "\""), string() else { return false }
                skipSpace()
                guard !atEnd, current == UInt8(ascii: ":") else { return false }
                i += 1
                skipSpace()
                guard value(depth: depth + 1) else { return false }
                skipSpace()
                guard !atEnd else { return false }
                if current == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if current == UInt8(ascii: "}") {
                    i += 1
                    return true
                }
                return false
            }
        }

        mutating func array(depth: Int) -> Bool {
            i += 1
            skipSpace()
            if !atEnd, current == UInt8(ascii: "]") {
                i += 1
                return true
            }
            while true {
                skipSpace()
                guard value(depth: depth + 1) else { return false }
                skipSpace()
                guard !atEnd else { return false }
                if current == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if current == UInt8(ascii: "]") {
                    i += 1
                    return true
                }
                return false
            }
        }

        mutating func string() -> Bool {
            i += 1
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    i += 1
                    return true
                }
                if byte < 0x20 { return false }
                if byte == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { return false }
                    switch bytes[i] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        i += 1
                    case UInt8(ascii: "u"):
                        guard i + 4 < bytes.count else { return false }
                        for k in 1...4 where !isHex(bytes[i + k]) { return false }
                        i += 5
                    default:
                        return false
                    }
                } else {
                    i += 1
                }
            }
            return false
        }

        mutating func number() -> Bool {
            if !atEnd, current == UInt8(ascii: "-") { i += 1 }
            guard !atEnd, isDigit(current) else { return false }
            if current == UInt8(ascii: "0") { i += 1 } else { while !atEnd, isDigit(current) { i += 1 } }
            if !atEnd, current == UInt8(ascii: ".") {
                i += 1
                guard !atEnd, isDigit(current) else { return false }
                while !atEnd, isDigit(current) { i += 1 }
            }
            if !atEnd, current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                i += 1
                if !atEnd, current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { i += 1 }
                guard !atEnd, isDigit(current) else { return false }
                while !atEnd, isDigit(current) { i += 1 }
            }
            return true
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
    }
}
