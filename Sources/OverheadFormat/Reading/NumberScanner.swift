#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON number read straight from bytes.
struct ScannedNumber {
    /// The value as a double (correctly rounded).
    var double: Double
    /// Set when the text is an integer (no fraction, no exponent) that fits in `Int64`.
    var integer: Int64?
    /// Set when the text is a non-negative integer above `Int64.max` that fits in `UInt64`.
    var unsigned: UInt64?
    /// Index just past the number.
    var end: Int
}

/// JSON number grammar (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) with a fast exact path:
/// up to 2^53 significant and a power of ten up to 22 need one multiplication or division
/// (Clinger's fast path); anything else goes to `strtod`, which rounds correctly.
enum NumberScanner {
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Scans a number starting at `start`; nil when the bytes there are not a JSON number.
    @inline(__always)
    static func scan(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> ScannedNumber? {
        var i = start
        var negative = false
        if i < end && p[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        guard i < end else { return nil }
        var mantissa: UInt64 = 0
        var exact = true  // every significant digit is in `mantissa`
        var exponent = 0  // decimal exponent applied to `mantissa`
        var integerSyntax = true

        let first = p[i]
        if first == UInt8(ascii: "0") {
            i += 1
        } else if first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") {
            while i < end {
                let d = p[i] &- UInt8(ascii: "0")
                if d > 9 { break }
                if exact {
                    let (m, o1) = mantissa.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(UInt64(d))
                    if o1 || o2 {
                        exact = false
                        exponent += 1
                    } else {
                        mantissa = s
                    }
                } else {
                    exponent += 1
                }
                i += 1
            }
        } else {
            return nil
        }
        if i < end && p[i] == UInt8(ascii: ".") {
            integerSyntax = false
            i += 1
            let fractionStart = i
            while i < end {
                let d = p[i] &- UInt8(ascii: "0")
                if d > 9 { break }
                if exact {
                    let (m, o1) = mantissa.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(UInt64(d))
                    if o1 || o2 {
                        exact = false
                    } else {
                        mantissa = s
                        exponent -= 1
                    }
                }
                i += 1
            }
            if i == fractionStart { return nil }
        }
        if i < end && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            integerSyntax = false
            i += 1
            var expNegative = false
            if i < end && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) {
                expNegative = p[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            var e = 0
            while i < end {
                let d = p[i] &- UInt8(ascii: "0")
                if d > 9 { break }
                if e < 100_000 { e = e * 10 + Int(d) }
                i += 1
            }
            if i == expStart { return nil }
            exponent += expNegative ? -e : e
        }

        if integerSyntax && exact {
            if negative {
                if mantissa <= UInt64(Int64.max) + 1 {
                    let v = mantissa == UInt64(Int64.max) + 1 ? Int64.min : -Int64(mantissa)
                    return ScannedNumber(double: -Double(mantissa), integer: v, unsigned: nil, end: i)
                }
            } else if mantissa <= UInt64(Int64.max) {
                return ScannedNumber(double: Double(mantissa), integer: Int64(mantissa), unsigned: nil, end: i)
            } else {
                return ScannedNumber(double: Double(mantissa), integer: nil, unsigned: mantissa, end: i)
            }
        }
        if exact && mantissa <= (1 << 53) && exponent >= -22 && exponent <= 22 {
            var v = Double(mantissa)
            if exponent >= 0 { v *= powersOfTen[exponent] } else { v /= powersOfTen[-exponent] }
            return ScannedNumber(double: negative ? -v : v, integer: nil, unsigned: nil, end: i)
        }
        return ScannedNumber(double: slowParse(p + start, i - start), integer: nil, unsigned: nil, end: i)
    }

    /// `strtod` on a NUL-terminated copy of the (already validated) number text.
    static func slowParse(_ p: UnsafePointer<UInt8>, _ count: Int) -> Double {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { buf in
            for k in 0..<count { buf[k] = CChar(bitPattern: p[k]) }
            buf[count] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }
}
