/// Strict UTF-8 checking (no overlong forms, no surrogates, nothing above U+10FFFF), so a bad
/// byte is reported with its position instead of being silently replaced.
enum UTF8Validation {
    /// Offset of the first byte that does not start a valid sequence, or nil if all is valid.
    static func firstInvalidByte(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        var i = 0
        while i < count {
            // Skip ASCII eight bytes at a time.
            while i + 8 <= count {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < count else { return nil }
            let b0 = p[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                high = 0x9F
            case 0xF0:
                need = 3
                low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                high = 0x8F
            default: return i
            }
            guard i + need < count else { return i }
            let b1 = p[i + 1]
            guard b1 >= low && b1 <= high else { return i }
            if need >= 2 { guard p[i + 2] & 0xC0 == 0x80 else { return i } }
            if need == 3 { guard p[i + 3] & 0xC0 == 0x80 else { return i } }
            i += need + 1
        }
        return nil
    }
}
