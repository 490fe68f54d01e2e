import Glibc

/// The bus's private working directory: created fresh by `mkdtemp` (unique name, mode 0700, fails
/// rather than reuse anything already there) and removed without following symbolic links.
final class BusDirectory {
    static let namePrefix = "overhead-bus."

    let path: String
    private var removed = false

    /// Creates `<parent>/overhead-bus.XXXXXX`.
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
