import Glibc

/// Reads the head of a small /proc file into a reusable buffer with `open`/`read`/`close`:
/// no Foundation, no allocation per call.
struct ProcFile {
    let path: String
    private var buffer: [UInt8]

    init(path: String, capacity: Int = 4096) {
        self.path = path
        buffer = [UInt8](repeating: 0, count: capacity)
    }

    /// Calls `body` with the bytes read (at most the capacity), or returns nil if the file cannot be read.
    mutating func withContents<T>(_ body: (ArraySlice<UInt8>) -> T?) -> T? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let capacity = buffer.count
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, capacity) }
        guard n > 0 else { return nil }
        return body(buffer[0..<n])
    }
}
