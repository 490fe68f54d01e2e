import Glibc

/// The figures of one process the accounting reads from `/proc/PID/stat`.
struct ProcessStat: Equatable {
    var pid: pid_t
    /// Field 3: `R`, `S`, `Z` (zombie: exited, not yet reaped, its memory already released), …
    var state: UInt8
    var parent: pid_t
    /// utime + stime + cutime + cstime, ns: the process's CPU and that of the children it reaped.
    var cpuNs: UInt64
    var rssBytes: UInt64
    /// Field 22: clock ticks after boot, to tell a pid's reuse.
    var startTime: UInt64

    static let tickNs = UInt64(1_000_000_000) / UInt64(max(1, sysconf(Int32(_SC_CLK_TCK))))
    static let pageSize = UInt64(sysconf(Int32(_SC_PAGESIZE)))

    /// Reads `/proc/PID/stat`; nil when the process is gone.
    static func read(_ pid: pid_t, buffer: inout [UInt8]) -> ProcessStat? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { return nil }
        return parse(buffer[0..<n], pid: pid)
    }

    /// Parses a stat line; the command name in parentheses may hold spaces and parentheses.
    static func parse(_ bytes: ArraySlice<UInt8>, pid: pid_t) -> ProcessStat? {
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = bytes[(close + 1)...].split(separator: UInt8(ascii: " "))
        // fields[k] is field k + 3: ppid 4 → [1], utime 14 → [11], stime [12], cutime [13],
        // cstime [14], starttime 22 → [19], rss 24 → [21].
        guard fields.count > 21 else { return nil }
        func number(_ k: Int) -> UInt64? {
            var v: UInt64 = 0
            for b in fields[k] {
                guard b >= 48, b <= 57 else { return nil }
                v = v &* 10 &+ UInt64(b - 48)
            }
            return v
        }
        guard let ppid = number(1), let u = number(11), let s = number(12), let cu = number(13),
            let cs = number(14), let start = number(19), let rss = number(21)
        else { return nil }
        return ProcessStat(
            pid: pid, state: fields[0].first ?? 0, parent: pid_t(truncatingIfNeeded: ppid),
            cpuNs: (u + s + cu + cs) * tickNs,
            rssBytes: rss * pageSize, startTime: start)
    }

    /// Whether the process holds memory now: it runs as the same process (same start time), is not a
    /// zombie and has resident pages. A process that exited between two reads holds none.
    static func holdsMemory(_ pid: pid_t, startTime: UInt64, buffer: inout [UInt8]) -> Bool {
        guard let now = read(pid, buffer: &buffer), now.startTime == startTime else { return false }
        return now.state != UInt8(ascii: "Z") && now.state != UInt8(ascii: "X") && now.rssBytes > 0
    }

    /// Whether this kernel lets the recorder read PSS (`/proc/self/smaps_rollup`, Linux 4.14 and later).
    static var pssReadable: Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        return pss(getpid(), buffer: &buffer) != nil
    }

    /// The `Pss:` line of `/proc/PID/smaps_rollup`, bytes; nil where unreadable (older kernels,
    /// permissions, a process that has exited).
    static func pss(_ pid: pid_t, buffer: inout [UInt8]) -> UInt64? {
        let fd = open("/proc/\(pid)/smaps_rollup", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { return nil }
        let key = Array("\nPss:".utf8)
        let text = buffer[0..<n]
        guard let start = text.firstRange(of: key)?.upperBound else { return nil }
        var v: UInt64 = 0
        var seen = false
        for b in text[start...] {
            if b == 32 { if seen { break } else { continue } }
            guard b >= 48, b <= 57 else { break }
            v = v * 10 + UInt64(b - 48)
            seen = true
        }
        return seen ? v * 1024 : nil
    }

    /// Direct children of `pid` from `/proc/PID/task/PID/children` (the main thread's, which is
    /// where a bash's children are); nil when the kernel does not offer the file.
    static func children(_ pid: pid_t, buffer: inout [UInt8]) -> [pid_t]? {
        let fd = open("/proc/\(pid)/task/\(pid)/children", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT && access("/proc/\(pid)", F_OK) == 0 ? nil : [] }
        defer { close(fd) }
        var out: [pid_t] = []
        var current: Int32 = 0
        var inNumber = false
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else { break }
            for b in buffer[0..<n] {
                if b >= 48 && b <= 57 {
                    current = current * 10 + Int32(b - 48)
                    inNumber = true
                } else if inNumber {
                    out.append(current)
                    current = 0
                    inNumber = false
                }
            }
        }
        if inNumber { out.append(current) }
        return out
    }
}
