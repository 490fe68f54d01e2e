import Glibc

/// What the recorder reads about processes from /proc: a process's parent, state and start time
/// (to tell a live process from a reused pid) and the pid namespace the numbers belong to.
enum ProcessTable {
    struct Entry: Equatable {
        var pid: pid_t
        var parent: pid_t
        var group: pid_t
        /// `R`, `S`, `Z` (zombie), …
        var state: UInt8
        /// Field 22 of /proc/PID/stat: clock ticks after boot.
        var startTime: UInt64
    }

    /// The entry of `pid`, nil when there is no such process.
    static func entry(_ pid: pid_t) -> Entry? {
        guard let bytes = readSmallFile("/proc/\(pid)/stat", limit: 1024) else { return nil }
        return parseStat(bytes, pid: pid)
    }

    /// Parses a /proc/PID/stat line; the command name in parentheses may hold spaces and parentheses.
    static func parseStat(_ bytes: [UInt8], pid: pid_t) -> Entry? {
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = bytes[(close + 1)...].split(separator: UInt8(ascii: " "))
        // fields[0] is field 3 (state), fields[1] field 4 (ppid), fields[2] field 5 (process group),
        // fields[19] field 22 (starttime).
        guard fields.count > 19, let state = fields[0].first,
            let parent = Int32(String(decoding: fields[1], as: UTF8.self)),
            let group = Int32(String(decoding: fields[2], as: UTF8.self)),
            let start = UInt64(String(decoding: fields[19], as: UTF8.self))
        else { return nil }
        return Entry(pid: pid, parent: parent, group: group, state: state, startTime: start)
    }

    /// True while a process of group `group` runs (zombies do not count).
    static func groupHasLiveMembers(_ group: pid_t) -> Bool {
        all().contains { $0.group == group && $0.state != UInt8(ascii: "Z") && $0.state != UInt8(ascii: "X") }
    }

    /// Every process visible in /proc.
    static func all() -> [Entry] {
        guard let dir = opendir("/proc") else { return [] }
        var pids: [pid_t] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if let pid = pid_t(name) { pids.append(pid) }
        }
        closedir(dir)
        return pids.compactMap { entry($0) }
    }

    /// `pid:[4026531836]`: processes in another namespace have other numbers, so an owner pid
    /// recorded there cannot be judged here.
    static func pidNamespace(of pid: String = "self") -> String? {
        var buffer = [CChar](repeating: 0, count: 128)
        let n = readlink("/proc/\(pid)/ns/pid", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Up to `limit` bytes of a small file, nil if it cannot be opened.
    static func readSmallFile(_ path: String, limit: Int, relativeTo dirFD: Int32 = AT_FDCWD) -> [UInt8]? {
        let fd = openat(dirFD, path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, limit - count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            count += n
        }
        return Array(out[0..<count])
    }
}
