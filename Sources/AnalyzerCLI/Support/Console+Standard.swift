#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Console {
    /// The process's stdout and stderr, unbuffered writes of whole strings.
    public static var standard: Console {
        Console(out: { write(1, $0) }, err: { write(2, $0) }, isTerminal: isatty(1) == 1)
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Darwin)
                    Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
