import OverheadAnalysis
import OverheadStats

/// The paired windows of one series as one BLOB (schema `v2`): per window, little-endian, run
/// (Int64), the window's difference and reference (Float64 bit patterns, so the analyzer's
/// estimate is recomputed bit for bit) and its pair count (Int64): 32 bytes.
enum WindowCoding {
    static let bytesPerWindow = 32

    static func encode(_ windows: [WindowDigest]) -> [UInt8] {
        var out = LittleEndianWords()
        for w in windows {
            out.put(w.run)
            out.put(w.window.difference)
            out.put(w.window.reference)
            out.put(w.window.pairs)
        }
        return out.bytes
    }

    /// nil when the length is not a whole number of windows or a run repeats.
    static func decode(_ bytes: [UInt8]) -> [WindowDigest]? {
        guard bytes.count % bytesPerWindow == 0 else { return nil }
        typealias W = LittleEndianWords
        let windows = stride(from: 0, to: bytes.count, by: bytesPerWindow).map { o in
            WindowDigest(
                run: W.int(bytes, o),
                window: PairedWindowEstimate.Window(
                    difference: W.double(bytes, o + 8), reference: W.double(bytes, o + 16),
                    pairs: W.int(bytes, o + 24)))
        }
        return Set(windows.map(\.run)).count == windows.count ? windows : nil
    }
}
