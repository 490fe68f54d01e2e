/// Parsers for the few /proc files the monitor reads. Pure, over raw bytes, allocation-free, so
/// they are cheap enough to run every sample and easy to test with literal file contents.
enum ProcParsers {
    /// Aggregate CPU jiffies from the first line of /proc/stat
    /// (`cpu  user nice system idle iowait irq softirq steal guest guest_nice`).
    struct CPUTimes: Sendable, Equatable {
        /// user + nice + system + idle + iowait + irq + softirq + steal (guest time is already in user).
        var total: UInt64
        /// idle + iowait.
        var idle: UInt64

        /// Busy percent between two readings: 100 × Δ(total − idle) / Δtotal; nil without elapsed jiffies.
        static func busyPercent(from a: CPUTimes, to b: CPUTimes) -> Double? {
            guard b.total > a.total else { return nil }
            let dt = Double(b.total - a.total)
            let di = Double(b.idle &- a.idle)
            return max(0, min(100, 100 * (dt - di) / dt))
        }
    }

    static func cpuTimes<C: Collection>(procStat bytes: C) -> CPUTimes? where C.Element == UInt8 {
        var it = bytes.makeIterator()
        // Expect "cpu " then numbers up to the end of the line.
        for expected in [UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "u"), UInt8(ascii: " ")] {
            guard it.next() == expected else { return nil }
        }
        var fields: [UInt64] = []
        fields.reserveCapacity(10)
        var current: UInt64 = 0
        var inNumber = false
        while let b = it.next(), b != UInt8(ascii: "\n") {
            if b >= 48 && b <= 57 {
                current = current &* 10 &+ UInt64(b - 48)
                inNumber = true
            } else if inNumber {
                fields.append(current)
                current = 0
                inNumber = false
            }
        }
        if inNumber { fields.append(current) }
        guard fields.count >= 4 else { return nil }
        let counted = fields.prefix(8)
        let total = counted.reduce(0, &+)
        let idle = fields[3] &+ (fields.count > 4 ? fields[4] : 0)
        return CPUTimes(total: total, idle: idle)
    }

    /// `MemTotal` and `MemAvailable` from /proc/meminfo, in kB.
    static func memory<C: Collection>(meminfo bytes: C) -> (totalKB: UInt64, availableKB: UInt64)?
    where C.Element == UInt8 {
        var total: UInt64?
        var available: UInt64?
        var line: [UInt8] = []
        line.reserveCapacity(64)
        func take(_ line: [UInt8]) {
            if startsWith(line, "MemTotal:") {
                total = firstNumber(line)
            } else if startsWith(line, "MemAvailable:") {
                available = firstNumber(line)
            }
        }
        for b in bytes {
            if b == UInt8(ascii: "\n") {
                take(line)
                line.removeAll(keepingCapacity: true)
                if total != nil && available != nil { break }
            } else {
                line.append(b)
            }
        }
        if !line.isEmpty { take(line) }
        guard let total, let available else { return nil }
        return (total, available)
    }

    /// Resident pages: the second field of /proc/self/statm.
    static func residentPages<C: Collection>(statm bytes: C) -> UInt64? where C.Element == UInt8 {
        var fieldIndex = 0
        var current: UInt64 = 0
        var inNumber = false
        for b in bytes {
            if b >= 48 && b <= 57 {
                current = current &* 10 &+ UInt64(b - 48)
                inNumber = true
            } else if inNumber {
                if fieldIndex == 1 { return current }
                fieldIndex += 1
                current = 0
                inNumber = false
            }
        }
        return inNumber && fieldIndex == 1 ? current : nil
    }

    private static func startsWith(_ line: [UInt8], _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard line.count >= count else { return false }
        return prefix.withUTF8Buffer { p in
            for i in 0..<count where line[i] != p[i] { return false }
            return true
        }
    }

    private static func firstNumber(_ line: [UInt8]) -> UInt64? {
        var value: UInt64 = 0
        var seen = false
        for b in line {
            if b >= 48 && b <= 57 {
                value = value &* 10 &+ UInt64(b - 48)
                seen = true
            } else if seen {
                break
            }
        }
        return seen ? value : nil
    }
}
