/// A growable byte buffer for building paths and file contents without allocating per call.
/// Not thread-safe: each `Channel` owns its buffers and is used by one thread at a time.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        self.base = .allocate(capacity: capacity)
    }

    /// Frees the storage; the buffer must not be used afterwards.
    func deallocate() { base.deallocate() }

    @inline(__always)
    mutating func reset() { count = 0 }

    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Appends a string's UTF-8 bytes verbatim.
    @inline(__always)
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends a static ASCII literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal, left-padded with zeros to at least `width` digits.
    @inline(__always)
    mutating func appendDecimal(_ value: UInt64, width: Int = 1) {
        var digits = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let total = Swift.max(digits, width)
        reserve(total)
        var v = value
        var index = count + total - 1
        for _ in 0..<total {
            base[index] = UInt8(truncatingIfNeeded: v % 10) &+ 48
            v /= 10
            index -= 1
        }
        count += total
    }

    @inline(__always)
    mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendDecimal(UInt64(value.magnitude))
        } else {
            appendDecimal(UInt64(value))
        }
    }

    /// Terminates the contents with NUL so `base` can be passed as a C path.
    @inline(__always)
    mutating func terminate() {
        reserve(1)
        base[count] = 0
    }

    /// The contents as a C string; valid until the next mutation. Call `terminate()` first.
    var cString: UnsafePointer<CChar> {
        UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// The contents decoded as UTF-8 (for error messages only).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
