import Glibc

/// Directory reading for inboxes: entries whose names start with `.` are skipped.
enum Directory {
    /// Counts the entries of the directory open on `fd`, and closes `fd`.
    static func count(fd: Int32, path: UnsafePointer<CChar>) throws(NativeBusError) -> Int {
        guard let dir = fdopendir(fd) else {
            let code = errno
            Sys.close(fd)
            throw .system(operation: "fdopendir", path: String(cString: path), code: code)
        }
        defer { closedir(dir) }
        var n = 0
        while let entry = readdir(dir) {
            if entry.pointee.d_name.0 != 0x2E { n += 1 }
        }
        return n
    }

    /// Opens a directory stream on `path`; its descriptor (`dirfd`) serves `openat`/`unlinkat`.
    static func open(_ path: ByteBuffer) -> (stream: OpaquePointer?, code: Int32) {
        guard let stream = opendir(path.cString) else { return (nil, errno) }
        return (stream, 0)
    }

    /// Reads the names of a freshly opened `stream` into `names`, each NUL-terminated, and returns
    /// their offsets sorted by name (bytewise), i.e. arrival order.
    static func sortedNames(_ stream: OpaquePointer, into names: inout ByteBuffer) -> [Int] {
        names.reset()
        var offsets: [Int] = []
        while let entry = readdir(stream) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                guard raw[0] != 0x2E else { return }
                let length = strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                offsets.append(names.count)
                names.append(UnsafeRawBufferPointer(rebasing: raw[0..<length]))
                names.append(0)
            }
        }
        if offsets.count > 1 {
            let base = names.base
            offsets.sort { a, b in
                strcmp(
                    UnsafeRawPointer(base + a).assumingMemoryBound(to: CChar.self),
                    UnsafeRawPointer(base + b).assumingMemoryBound(to: CChar.self)) < 0
            }
        }
        return offsets
    }

    /// Removes the plain files in `path` (NUL-terminated), then the directory itself. Missing is fine.
    static func removeFlat(_ path: inout ByteBuffer) throws(NativeBusError) {
        let length = path.count
        let fd = Sys.open(path.cString, O_RDONLY | O_DIRECTORY)
        if fd == -ENOENT { return }
        if fd < 0 { throw Sys.failure("open", path, -fd) }
        defer { Sys.close(fd) }
        var names = ByteBuffer(capacity: 1024)
        defer { names.deallocate() }
        guard let dir = fdopendir(dup(fd)) else { throw Sys.failure("fdopendir", path, errno) }
        while let entry = readdir(dir) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                if (length == 1 && raw[0] == 0x2E) || (length == 2 && raw[0] == 0x2E && raw[1] == 0x2E) { return }
                names.append(UnsafeRawBufferPointer(rebasing: raw[0..<length]))
                names.append(0)
            }
        }
        closedir(dir)
        var start = 0
        while start < names.count {
            let name = UnsafeRawPointer(names.base + start).assumingMemoryBound(to: CChar.self)
            if unlinkat(fd, name, 0) != 0 && errno != ENOENT {
                let code = errno
                path.count = length
                path.append("/")
                path.append(UnsafeRawBufferPointer(start: name, count: strlen(name)))
                throw Sys.failure("unlink", path, code)
            }
            start += strlen(name) + 1
        }
        path.count = length
        path.terminate()
        if rmdir(path.cString) != 0 && errno != ENOENT { throw Sys.failure("rmdir", path, errno) }
    }
}
