#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a byte range of an open file in fixed-size chunks and hands its lines to a consumer.
///
/// Memory stays at one chunk whatever the file size: a line is never copied unless it straddles
/// two chunks (then it is moved to the front of the buffer), and a line over the limit is
/// counted and skipped as it streams past, never held whole.
struct LineSource {
    let fd: Int32
    let file: String
    /// Byte range to read; `end == nil` reads sequentially with read(2) until end of file (pipes).
    let start: Int
    let end: Int?
    let chunkBytes: Int
    let maxLineBytes: Int

    /// Runs the consumer over every line; returns how many lines were seen (counting newlines,
    /// plus a last unterminated line), or stops early when the consumer asks to.
    func run<C: LineConsumer>(_ consumer: inout C) throws(ReadError) -> Int {
        let capacity = max(chunkBytes, 2 * maxLineBytes + 4096)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
        defer { buffer.deallocate() }
        var offset = start
        var filled = 0
        var lineNumber = 0
        var skipping = false
        var skippedBytes = 0
        var checkBOM = start == 0

        while true {
            let want = end.map { min(capacity - filled, $0 - offset) } ?? (capacity - filled)
            var got = 0
            if want > 0 {
                got = try readSome(into: buffer + filled, count: want, at: offset)
                offset += got
                filled += got
            }
            let atEnd = got == 0 || (end.map { offset >= $0 } ?? false)

            var pos = 0
            if checkBOM && (filled >= 3 || atEnd) {
                checkBOM = false
                if filled >= 3 && buffer.load(fromByteOffset: 0, as: UInt8.self) == 0xEF
                    && buffer.load(fromByteOffset: 1, as: UInt8.self) == 0xBB
                    && buffer.load(fromByteOffset: 2, as: UInt8.self) == 0xBF
                {
                    pos = 3
                }
            }
            if checkBOM { continue }

            while pos < filled {
                let p = buffer + pos
                guard let nl = memchr(p, 0x0A, filled - pos) else { break }
                let length = nl - p
                lineNumber += 1
                if skipping {
                    skipping = false
                    if !consumer.overlong(number: lineNumber, bytes: skippedBytes + length) { return lineNumber }
                } else if length > maxLineBytes {
                    if !consumer.overlong(number: lineNumber, bytes: length) { return lineNumber }
                } else if !consumer.consume(line: Self.trimmingCR(p, length), number: lineNumber) {
                    return lineNumber
                }
                pos += length + 1
            }

            let rest = filled - pos
            if atEnd {
                if skipping || rest > 0 {
                    lineNumber += 1
                    if skipping {
                        if !consumer.overlong(number: lineNumber, bytes: skippedBytes + rest) { return lineNumber }
                    } else if rest > maxLineBytes {
                        if !consumer.overlong(number: lineNumber, bytes: rest) { return lineNumber }
                    } else if !consumer.consume(line: Self.trimmingCR(buffer + pos, rest), number: lineNumber) {
                        return lineNumber
                    }
                }
                consumer.finish()
                return lineNumber
            }
            if skipping {
                skippedBytes += rest
                filled = 0
            } else if rest > maxLineBytes {
                skipping = true
                skippedBytes = rest
                filled = 0
            } else {
                if rest > 0 && pos > 0 { memmove(buffer, buffer + pos, rest) }
                filled = rest
            }
        }
    }

    @inline(__always)
    private static func trimmingCR(_ p: UnsafeMutableRawPointer, _ length: Int) -> UnsafeRawBufferPointer {
        var n = length
        if n > 0 && p.load(fromByteOffset: n - 1, as: UInt8.self) == 0x0D { n -= 1 }
        return UnsafeRawBufferPointer(start: p, count: n)
    }

    private func readSome(into p: UnsafeMutableRawPointer, count: Int, at offset: Int) throws(ReadError) -> Int {
        while true {
            let n = end == nil ? read(fd, p, count) : pread(fd, p, count, off_t(offset))
            if n >= 0 { return n }
            let code = errno
            if code == EINTR { continue }
            throw ReadError.cannotRead(file, errno: code)
        }
    }
}
