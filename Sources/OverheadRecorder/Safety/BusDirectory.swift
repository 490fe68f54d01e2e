import Glibc

/// The bus's private working directory: created fresh by `mkdtemp` (unique name, mode 0700, fails
/// rather than reuse anything already there) and removed without following symbolic links.
final class BusDirectory {
    let path: String
    private var removed = false

    /// Creates `<parent>/overhead-bus.XXXXXX`.
    init(parent: String) throws(RecorderIOError) {
        var template = Array((parent.hasSuffix("/") ? parent : parent + "/").utf8CString.dropLast())
        template.append(contentsOf: "overhead-bus.XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw RecorderIOError(path: parent, operation: "create the bus directory in", errno: errno)
        }
        path = String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkdtemp already uses 0700; make sure a permissive umask or ACL default did not widen it.
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
            throw RecorderIOError(path: path, operation: "verify the bus directory", errno: errno)
        }
        chmod(path, 0o700)
    }

    /// Removes the directory and everything in it. Idempotent; safe to call from error paths.
    func remove() {
        guard !removed else { return }
        removed = true
        BusDirectory.removeTree(path)
    }

    deinit { remove() }

    /// Deletes `path` recursively, never following a symbolic link out of the tree.
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
        let dupFD = dup(fd)
        guard dupFD >= 0, let dir = fdopendir(dupFD) else { return }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
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
