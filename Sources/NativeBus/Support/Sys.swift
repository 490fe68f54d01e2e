import Glibc

/// Thin wrappers over the system calls the bus issues: retry on EINTR, report errno with the path.
enum Sys {
    @inline(__always)
    static func failure(_ operation: String, _ path: borrowing ByteBuffer, _ code: Int32 = errno) -> NativeBusError {
        .system(operation: operation, path: path.string, code: code)
    }

    /// `open(2)`; returns the descriptor or -errno.
    @inline(__always)
    static func open(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t = 0o600) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { return -errno }
        }
    }

    /// `openat(2)`; returns the descriptor or -errno.
    @inline(__always)
    static func openat(_ dir: Int32, _ name: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t = 0o600) -> Int32 {
        while true {
            let fd = Glibc.openat(dir, name, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { return -errno }
        }
    }

    /// Writes all bytes (one `write(2)` in the normal case); returns 0 or errno.
    @inline(__always)
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n > 0 {
                offset += n
                continue
            }
            if n < 0 && errno == EINTR { continue }
            return n < 0 ? errno : EIO
        }
        return 0
    }

    /// Reads a whole regular file from `fd` into `buffer`; returns 0 or errno. A read that does not
    /// fill the buffer is taken as the end of the file (true of regular files), which saves the
    /// second `read` that would return 0 for a small message.
    static func readAll(_ fd: Int32, into buffer: inout ByteBuffer) -> Int32 {
        buffer.reset()
        while true {
            buffer.reserve(4096)
            let room = buffer.capacity - buffer.count
            let n = Glibc.read(fd, buffer.base + buffer.count, room)
            if n > 0 {
                buffer.count += n
                if n < room { return 0 }
                continue
            }
            if n == 0 { return 0 }
            if errno == EINTR { continue }
            return errno
        }
    }

    /// `flock(2)`, retried on EINTR; returns 0 or errno.
    @inline(__always)
    static func lock(_ fd: Int32, _ operation: Int32) -> Int32 {
        while flock(fd, operation) != 0 {
            if errno != EINTR { return errno }
        }
        return 0
    }

    /// `mkdir(2)` that accepts an existing directory; returns 0 or errno.
    @inline(__always)
    static func mkdirIfMissing(_ path: UnsafePointer<CChar>, _ mode: mode_t = 0o700) -> Int32 {
        if Glibc.mkdir(path, mode) == 0 || errno == EEXIST { return 0 }
        return errno
    }

    @inline(__always)
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }
}
