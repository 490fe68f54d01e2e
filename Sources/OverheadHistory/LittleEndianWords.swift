/// 64-bit little-endian words, the unit of the history's BLOB columns (`BlockCoding`,
/// `WindowCoding`): Float64 values are kept as their bit patterns, so they read back bit for bit.
struct LittleEndianWords {
    private(set) var bytes: [UInt8] = []

    mutating func put(_ v: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
    }

    mutating func put(_ v: Int) { put(UInt64(bitPattern: Int64(v))) }
    mutating func put(_ v: Double) { put(v.bitPattern) }

    /// The word at byte offset `at` of `bytes` (which must hold 8 bytes from there).
    static func word(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[at + k]) << UInt64(8 * k) }
        return v
    }

    static func int(_ bytes: [UInt8], _ at: Int) -> Int { Int(Int64(bitPattern: word(bytes, at))) }
    static func double(_ bytes: [UInt8], _ at: Int) -> Double { Double(bitPattern: word(bytes, at)) }
}
