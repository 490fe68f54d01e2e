import Glibc

/// How the bus counts an inbox. On tmpfs a directory's size is 40 bytes plus 20 per entry
/// (the kernel's `BOGO_DIRENT_SIZE`), so one `stat` gives the count, the same call that checks
/// the inbox exists. Elsewhere the directory is scanned. Which applies is probed once at open.
public enum InboxCounting: String, Sendable, Equatable {
    /// Count = (size − 40) / 20, from `stat`.
    case directorySize
    /// Count by reading the directory.
    case scan

    /// Creates a probe directory under `parent` (NUL-terminated in `path`) and checks the size rule.
    static func probe(in path: inout ByteBuffer) -> InboxCounting {
        path.append("/.count-probe-")
        path.appendDecimal(UInt64(getpid()))
        path.append(UInt8(ascii: "-"))
        path.appendDecimal(Clock.monotonicNanoseconds())
        path.terminate()
        let dirLength = path.count
        guard mkdir(path.cString, 0o700) == 0 else { return .scan }
        defer {
            path.count = dirLength
            path.terminate()
            rmdir(path.cString)
        }
        var st = stat()
        guard stat(path.cString, &st) == 0, st.st_size == 40 else { return .scan }
        var sizes: [Int] = []
        for name: StaticString in ["/a", "/b"] {
            path.count = dirLength
            path.append(name)
            path.terminate()
            let fd = Sys.open(path.cString, O_WRONLY | O_CREAT | O_EXCL)
            guard fd >= 0 else { return .scan }
            Sys.close(fd)
            path.count = dirLength
            path.terminate()
            guard stat(path.cString, &st) == 0 else { return .scan }
            sizes.append(Int(st.st_size))
        }
        for name: StaticString in ["/a", "/b"] {
            path.count = dirLength
            path.append(name)
            path.terminate()
            unlink(path.cString)
        }
        return sizes == [60, 80] ? .directorySize : .scan
    }

    /// The number of entries in a directory whose `stat` is `st` and path is `path`.
    @inline(__always)
    func count(_ st: stat, path: UnsafePointer<CChar>) throws(NativeBusError) -> Int {
        switch self {
        case .directorySize:
            return (Int(st.st_size) - 40) / 20
        case .scan:
            let fd = Sys.open(path, O_RDONLY | O_DIRECTORY)
            if fd < 0 { throw .system(operation: "open", path: String(cString: path), code: -fd) }
            return try Directory.count(fd: fd, path: path)
        }
    }
}
