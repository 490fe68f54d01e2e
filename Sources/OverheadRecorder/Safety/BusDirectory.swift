import Glibc

/// The bus's private working directory: created fresh by `mkdtemp` (unique name, mode 0700, fails
/// rather than reuse anything already there) and removed without following symbolic links.
///
/// It holds an owner file (`.owner`: this process's pid, start time and pid namespace), so a
/// directory left by a recorder that was killed can be recognised and removed by the next run
/// (`removeStale`) while one in use by a live recorder is left alone.
final class BusDirectory {
    static let namePrefix = "overhead-bus."
    static let ownerFileName = ".owner"

    let path: String
    private var removed = false

    /// Creates `<parent>/overhead-bus.XXXXXX` and its owner file.
    init(parent: String) throws(RecorderIOError) {
        var template = Array((parent.hasSuffix("/") ? parent : parent + "/").utf8CString.dropLast())
        template.append(contentsOf: (Self.namePrefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw RecorderIOError(path: parent, operation: "create the bus directory in", errno: errno)
        }
        path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkdtemp already uses 0700; make sure a permissive umask or ACL default did not widen it.
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
            let code = errno
            BusDirectory.removeTree(path)
            throw RecorderIOError(path: path, operation: "verify the bus directory", errno: code)
        }
        chmod(path, 0o700)
        do { try writeOwnerFile() } catch {
            BusDirectory.removeTree(path)
            throw error
        }
    }

    /// Removes the directory and everything in it. Idempotent; safe to call from error paths.
    /// Returns a message when something could not be removed.
    @discardableResult
    func remove() -> String? {
        guard !removed else { return nil }
        removed = true
        BusDirectory.removeTree(path)
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return "the bus directory \(path) could not be removed completely; remove it by hand"
    }

    deinit { remove() }

    // MARK: - Owner

    /// `overhead-record pid=P start=T pidns=pid:[N]`: who uses the directory.
    struct Owner: Equatable {
        var pid: pid_t
        var startTime: UInt64
        var pidNamespace: String

        var line: String { "overhead-record pid=\(pid) start=\(startTime) pidns=\(pidNamespace)\n" }

        init(pid: pid_t, startTime: UInt64, pidNamespace: String) {
            self.pid = pid
            self.startTime = startTime
            self.pidNamespace = pidNamespace
        }

        init?(line: String) {
            var fields: [Substring: Substring] = [:]
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard words.first == "overhead-record" else { return nil }
            for word in words.dropFirst() {
                guard let eq = word.firstIndex(of: "=") else { continue }
                fields[word[..<eq]] = word[word.index(after: eq)...]
            }
            guard let pid = fields["pid"].flatMap({ pid_t($0) }), pid > 0,
                let start = fields["start"].flatMap({ UInt64($0) }), let ns = fields["pidns"]
            else { return nil }
            self.init(pid: pid, startTime: start, pidNamespace: String(ns))
        }

        static var current: Owner? {
            let pid = getpid()
            guard let entry = ProcessTable.entry(pid), let ns = ProcessTable.pidNamespace() else { return nil }
            return Owner(pid: pid, startTime: entry.startTime, pidNamespace: ns)
        }
    }

    private func writeOwnerFile() throws(RecorderIOError) {
        let ownerPath = path + "/" + Self.ownerFileName
        guard let owner = Owner.current else {
            throw RecorderIOError(path: "/proc/self/stat", operation: "read", errno: errno == 0 ? ENOENT : errno)
        }
        let fd = open(ownerPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw RecorderIOError(path: ownerPath, operation: "create", errno: errno) }
        defer { close(fd) }
        var bytes = Array(owner.line.utf8)
        let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count else {
            throw RecorderIOError(path: ownerPath, operation: "write", errno: n < 0 ? errno : EIO)
        }
    }

    // MARK: - Stale directories

    /// Why a directory was judged stale, for the message.
    enum Staleness: Equatable {
        case ownerGone(pid_t)
        case pidReused(pid_t)
    }

    /// Removes bus directories in `parent` that earlier recorders left behind: only directories
    /// named `overhead-bus.XXXXXX`, owned by this user, whose owner file names a process in this
    /// pid namespace that no longer runs (or whose pid now belongs to a process started at another
    /// time). A directory without a readable owner file is left alone: it may be one another
    /// recorder is creating right now. Returns one message per removed directory.
    static func removeStale(in parent: String) -> [String] {
        guard let dir = opendir(parent) else { return [] }
        var names: [String] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if isBusDirectoryName(name) { names.append(name) }
        }
        let parentFD = dirfd(dir)
        var messages: [String] = []
        let namespace = ProcessTable.pidNamespace()
        for name in names {
            guard let reason = staleness(of: name, in: parentFD, namespace: namespace) else { continue }
            let full = (parent.hasSuffix("/") ? parent : parent + "/") + name
            removeTree(full)
            var st = stat()
            let gone = lstat(full, &st) != 0
            let why: String
            switch reason {
            case .ownerGone(let pid): why = "its recorder (pid \(pid)) is no longer running"
            case .pidReused(let pid): why = "pid \(pid) of its recorder now belongs to another process"
            }
            messages.append(
                gone
                    ? "removed stale bus directory \(full): \(why)"
                    : "could not remove stale bus directory \(full) (\(why)); remove it by hand")
        }
        closedir(dir)
        return messages
    }

    /// `overhead-bus.` followed by the six letters and digits `mkdtemp` picks.
    static func isBusDirectoryName(_ name: String) -> Bool {
        guard name.hasPrefix(namePrefix) else { return false }
        let suffix = name.utf8.dropFirst(namePrefix.utf8.count)
        return suffix.count == 6
            && suffix.allSatisfy { (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) }
    }

    /// Whether `name` in the directory open at `parentFD` is a stale bus directory of ours, and why.
    static func staleness(of name: String, in parentFD: Int32, namespace: String?) -> Staleness? {
        var st = stat()
        guard fstatat(parentFD, name, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFDIR,
            st.st_uid == geteuid()
        else { return nil }
        let fd = openat(parentFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let bytes = ProcessTable.readSmallFile(ownerFileName, limit: 256, relativeTo: fd),
            let owner = Owner(line: String(decoding: bytes, as: UTF8.self)),
            let namespace, owner.pidNamespace == namespace
        else { return nil }
        guard let entry = ProcessTable.entry(owner.pid) else { return .ownerGone(owner.pid) }
        return entry.startTime == owner.startTime ? nil : .pidReused(owner.pid)
    }

    // MARK: - Removal

    /// Deletes `path` recursively, never following a symbolic link out of the tree. Holds one
    /// descriptor per directory level (plus one while a directory is listed), so it still works
    /// when the run used up nearly every descriptor it may open.
    static func removeTree(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 {
            removeContents(of: fd)
            close(fd)
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    /// Empties the directory open at `fd` (which this function does not close).
    private static func removeContents(of fd: Int32) {
        // Several passes: a listing is read whole and closed before descending, and entries a
        // process still adds while we remove are caught by the next pass.
        for _ in 0..<3 {
            let names = list(fd)
            if names.isEmpty { return }
            for name in names {
                if unlinkat(fd, name, 0) == 0 { continue }
                let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { continue }
                removeContents(of: child)
                close(child)
                unlinkat(fd, name, AT_REMOVEDIR)
            }
        }
    }

    /// The names in the directory open at `fd`, without `.` and `..`; the listing is closed on return.
    private static func list(_ fd: Int32) -> [String] {
        let dupFD = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard dupFD >= 0 else { return [] }
        guard let dir = fdopendir(dupFD) else {
            close(dupFD)
            return []
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
