import Glibc

/// An output file written in whole lines: lines collect in a buffer and go out with one `write(2)`
/// per flush, so a reader (or a kill) never sees half a record. If the file system fills up
/// mid-write, the file is cut back to the last complete line and the error is reported.
final class LineFile {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes of complete lines on disk.
    private(set) var committedBytes: Int = 0
    /// Lines waiting in the buffer.
    private(set) var pendingLines = 0
    private(set) var linesWritten = 0

    /// Creates or truncates `path` (mode 0644).
    init(path: String, reserve: Int = 1 << 20) throws(RecorderIOError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RecorderIOError(path: path, operation: "create", errno: errno) }
        buffer.reserveCapacity(reserve)
    }

    deinit { close(fd) }

    /// Queues one line; `text` must not contain a newline.
    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        pendingLines += 1
    }

    /// Writes every queued line with a single `write(2)` (repeated only if the kernel takes part of it).
    func flush() throws(RecorderIOError) {
        guard !buffer.isEmpty else { return }
        var written = 0
        let total = buffer.count
        var failure: Int32 = 0
        buffer.withUnsafeBytes { raw in
            while written < total {
                let n = write(fd, raw.baseAddress! + written, total - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure != 0 {
            // Drop the torn tail so the file stays valid JSON Lines.
            _ = ftruncate(fd, off_t(committedBytes))
            _ = lseek(fd, off_t(committedBytes), SEEK_SET)
            buffer.removeAll(keepingCapacity: true)
            pendingLines = 0
            throw RecorderIOError(path: path, operation: "write", errno: failure)
        }
        committedBytes += total
        linesWritten += pendingLines
        pendingLines = 0
        buffer.removeAll(keepingCapacity: true)
    }
}
