#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps (test, operation, agent count) to a column index without allocating per lookup: names
/// arrive as bytes from the read buffer and are compared in place; only a new series allocates.
struct SeriesTable {
    private(set) var keys: [SeriesKey] = []
    var columns: [SeriesSamples] = []
    private var agents: [Int] = []
    private var testBytes: [[UInt8]] = []
    private var operationBytes: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// Open addressing over `hashes`: column index or -1; size a power of two, at most half full.
    private var slots: [Int] = Array(repeating: -1, count: 64)
    /// The two most recent hits: a recording alternates between a test's few operations.
    private var last = -1
    private var previous = -1

    var isEmpty: Bool { keys.isEmpty }

    /// The column for these names, created on first sight unless there are already `limit`
    /// columns (then -1). Names must be valid UTF-8.
    @inline(__always)
    mutating func index(
        test: UnsafeRawBufferPointer, operation: UnsafeRawBufferPointer, agentCount: Int,
        limit: Int = .max
    ) -> Int {
        if last >= 0 && matches(last, test, operation, agentCount) { return last }
        if previous >= 0 && matches(previous, test, operation, agentCount) {
            swap(&last, &previous)
            return last
        }
        let k = lookup(test, operation, agentCount, limit: limit)
        if k < 0 { return k }
        previous = last
        last = k
        return k
    }

    mutating func index(_ key: SeriesKey) -> Int {
        var test = key.testName
        var operation = key.operation
        return test.withUTF8 { t in
            operation.withUTF8 { o in
                index(test: UnsafeRawBufferPointer(t), operation: UnsafeRawBufferPointer(o), agentCount: key.agentCount)
            }
        }
    }

    private mutating func lookup(
        _ test: UnsafeRawBufferPointer, _ operation: UnsafeRawBufferPointer, _ agentCount: Int,
        limit: Int
    ) -> Int {
        let h = Self.hash(test, operation, agentCount)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 {
            let k = slots[s]
            if hashes[k] == h && matches(k, test, operation, agentCount) { return k }
            s = (s + 1) & mask
        }
        guard keys.count < limit else { return -1 }
        let new = keys.count
        keys.append(
            SeriesKey(
                testName: String(decoding: test, as: UTF8.self),
                operation: String(decoding: operation, as: UTF8.self), agentCount: agentCount))
        columns.append(SeriesSamples())
        agents.append(agentCount)
        testBytes.append(Array(test))
        operationBytes.append(Array(operation))
        hashes.append(h)
        slots[s] = new
        if keys.count * 2 > slots.count { grow() }
        return new
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = k
        }
    }

    @inline(__always)
    private func matches(
        _ k: Int, _ test: UnsafeRawBufferPointer, _ operation: UnsafeRawBufferPointer, _ agentCount: Int
    ) -> Bool {
        agents[k] == agentCount && Self.same(testBytes[k], test) && Self.same(operationBytes[k], operation)
    }

    @inline(__always)
    private static func same(_ stored: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard stored.count == bytes.count else { return false }
        return stored.withUnsafeBytes { s in
            guard let a = s.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a, b, bytes.count) == 0
        }
    }

    /// FNV-1a over both names and the agent count.
    private static func hash(_ test: UnsafeRawBufferPointer, _ operation: UnsafeRawBufferPointer, _ agentCount: Int)
        -> UInt64
    {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in test { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h = (h ^ 0xFF) &* 0x100_0000_01b3
        for b in operation { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h = (h ^ UInt64(truncatingIfNeeded: agentCount)) &* 0x100_0000_01b3
        return h ^ (h >> 29)
    }
}
