/// Re-indents compact JSON (as `JSONObjectWriter` writes it) with two spaces per level. Arrays of
/// scalars and arrays of short scalar rows stay on one line, so histograms and timelines do not
/// take a line per number. String contents are copied untouched.
enum JSONPretty {
    static func indent(_ compact: String) -> String {
        let bytes = Array(compact.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = 0
        var i = 0
        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                let end = stringEnd(bytes, from: i)
                out.append(contentsOf: bytes[i..<end])
                i = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = matching(bytes, from: i)
                if b == UInt8(ascii: "[") && isFlat(bytes[(i + 1)..<close]) || close == i + 1 {
                    out.append(contentsOf: bytes[i...close])
                    i = close + 1
                    continue
                }
                out.append(b)
                depth += 1
                newline()
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(b)
            case UInt8(ascii: ","):
                out.append(b)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: [b, UInt8(ascii: " ")])
            default:
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Index just past the string literal starting at `start`.
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var j = start + 1
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if bytes[j] == UInt8(ascii: "\"") { return j + 1 }
            j += 1
        }
        return j
    }

    /// Index of the bracket closing the one at `start`.
    private static func matching(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var j = start
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\""):
                j = stringEnd(bytes, from: j)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return bytes.count - 1
    }

    /// True for an array body holding no objects and no strings longer than a short label: numbers,
    /// short strings, or rows of numbers.
    private static func isFlat(_ body: ArraySlice<UInt8>) -> Bool {
        if body.contains(UInt8(ascii: "{")) { return false }
        let all = Array(body)
        var k = 0
        while k < all.count {
            if all[k] == UInt8(ascii: "\"") {
                let end = stringEnd(all, from: k)
                if end - k > 24 { return false }
                k = end
                continue
            }
            k += 1
        }
        return true
    }
}
