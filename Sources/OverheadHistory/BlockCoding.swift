import OverheadAnalysis

/// The blocks of one series as one BLOB: per block, little-endian, run (Int64), mean, p95 and
/// p99 (Float64 bit patterns, so every value reads back bit for bit) and count (Int64): 40 bytes.
enum BlockCoding {
    static let bytesPerBlock = 40

    static func encode(_ blocks: [BlockDigest]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(blocks.count * bytesPerBlock)
        func put(_ v: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
        }
        for b in blocks {
            put(UInt64(bitPattern: Int64(b.run)))
            put(b.mean.bitPattern)
            put(b.p95.bitPattern)
            put(b.p99.bitPattern)
            put(UInt64(bitPattern: Int64(b.count)))
        }
        return out
    }

    /// nil when the length is not a whole number of blocks.
    static func decode(_ bytes: [UInt8]) -> [BlockDigest]? {
        guard bytes.count % bytesPerBlock == 0 else { return nil }
        func word(_ at: Int) -> UInt64 {
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[at + k]) << UInt64(8 * k) }
            return v
        }
        return stride(from: 0, to: bytes.count, by: bytesPerBlock).map { o in
            BlockDigest(
                run: Int(Int64(bitPattern: word(o))), mean: Double(bitPattern: word(o + 8)),
                p95: Double(bitPattern: word(o + 16)), p99: Double(bitPattern: word(o + 24)),
                count: Int(Int64(bitPattern: word(o + 32))))
        }
    }
}
