#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open input: a regular file (size known, read with pread from any offset, so it can be
/// split) or a stream (pipe, `-` for standard input), read front to back.
final class InputFile {
    let name: String
    let fd: Int32
    /// Size of a regular file; nil for a stream.
    let size: Int?
    private let owned: Bool

    init(_ name: String) throws(ReadError) {
        self.name = name
        if name == "-" {
            fd = 0
            owned = false
        } else {
            var descriptor: Int32
            repeat { descriptor = open(name, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
            guard descriptor >= 0 else { throw ReadError.cannotOpen(name, errno: errno) }
            fd = descriptor
            owned = true
        }
        // Until `size` is set the object is not fully initialised, so deinit will not close twice.
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            if owned { close(fd) }
            throw ReadError.cannotOpen(name, errno: code)
        }
        let kind = st.st_mode & S_IFMT
        if kind == S_IFDIR {
            if owned { close(fd) }
            throw ReadError.isDirectory(name)
        }
        size = kind == S_IFREG ? Int(st.st_size) : nil
        #if canImport(Glibc) || canImport(Musl)
            // Read front to back (per range): let the kernel read ahead further on disks.
            if size != nil { _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL)) }
        #endif
    }

    deinit {
        if owned { close(fd) }
    }

    /// Where to cut the file into `parts` ranges: at line starts that begin with `{`, which in both
    /// layouts start a new top-level value, so no value is cut in two. Fewer cuts if none is found.
    func splitPoints(parts: Int) throws(ReadError) -> [Int] {
        guard let size, parts > 1 else { return [0] }
        var points = [0]
        let window = 64 << 10
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: window)
        defer { buffer.deallocate() }
        for k in 1..<parts {
            var offset = max(size * k / parts, (points.last ?? 0) + 1)
            var found: Int? = nil
            search: while offset < size - 1 {
                var got = 0
                while true {
                    got = pread(fd, buffer, window, off_t(offset))
                    if got >= 0 { break }
                    if errno != EINTR { throw ReadError.cannotRead(name, errno: errno) }
                }
                if got < 2 { break }
                for j in 0..<(got - 1) where buffer[j] == 0x0A && buffer[j + 1] == UInt8(ascii: "{") {
                    found = offset + j + 1
                    break search
                }
                offset += got - 1
            }
            guard let found, found > (points.last ?? 0) else { break }
            points.append(found)
        }
        return points
    }
}
