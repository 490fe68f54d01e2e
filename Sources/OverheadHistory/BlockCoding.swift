import OverheadAnalysis

/// The blocks of one series as one BLOB: per block, little-endian, run (Int64), mean, p95 and
/// p99 (Float64 bit patterns, so every value reads back bit for bit) and count (Int64): 40 bytes.
enum BlockCoding {
    static let bytesPerBlock = 40

    static func encode(_ blocks: [BlockDigest]) -> [UInt8] {
        var out = LittleEndianWords()
        for b in blocks {
            out.put(b.run)
            out.put(b.mean)
            out.put(b.p95)
            out.put(b.p99)
            out.put(b.count)
        }
        return out.bytes
    }

    /// nil when the length is not a whole number of blocks.
    static func decode(_ bytes: [UInt8]) -> [BlockDigest]? {
        guard bytes.count % bytesPerBlock == 0 else { return nil }
        typealias W = LittleEndianWords
        return stride(from: 0, to: bytes.count, by: bytesPerBlock).map { o in
            BlockDigest(
                run: W.int(bytes, o), mean: W.double(bytes, o + 8), p95: W.double(bytes, o + 16),
                p99: W.double(bytes, o + 24), count: W.int(bytes, o + 32))
        }
    }
}
