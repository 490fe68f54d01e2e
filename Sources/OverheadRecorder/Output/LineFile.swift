import Glibc

/// An output file written in whole lines: lines collect in a buffer and go out with one `write(2)`
/// per flush, so a reader (or a kill) never sees half a record. If the file system fills up
/// mid-write, the file is cut back to the last complete line and the error is reported.
///
/// Opening never follows a symbolic link, never blocks on a FIFO and takes an exclusive `flock`
/// on a regular file (`OutputFileOpening`), so a planted link or pipe, or a second recorder on the
/// same file, is refused before anything is written.
final class LineFile {
    let path: String
    private let fd: Int32
    private let isRegularFile: Bool
    /// This run created the file (it did not exist before).
    let created: Bool
    private var buffer: [UInt8] = []
    /// Bytes of complete lines on disk.
    private(set) var committedBytes: Int = 0
    /// Lines waiting in the buffer.
    private(set) var pendingLines = 0
    private(set) var linesWritten = 0

    /// Creates `path` (mode 0644) or opens the existing file and locks it. With `truncate` the file
    /// is emptied at once; without, it keeps its content until `truncateToEmpty()`, so a run that
    /// cannot start leaves an earlier recording as it was.
    init(path: String, reserve: Int = 1 << 20, truncate: Bool = true) throws(RecorderIOError) {
        self.path = path
        let opened = try OutputFileOpening.open(path, flags: O_WRONLY)
        fd = opened.fd
        isRegularFile = opened.isRegularFile
        created = opened.created
        if isRegularFile {
            do { try OutputFileOpening.lockExclusively(fd, path: path) } catch {
                close(fd)
                throw error
            }
        }
        buffer.reserveCapacity(reserve)
        if truncate {
            do { try truncateToEmpty() } catch {
                close(fd)
                throw error
            }
        }
    }

    deinit { close(fd) }

    /// Empties the file (a no-op for a device such as /dev/null). Call before the first flush.
    func truncateToEmpty() throws(RecorderIOError) {
        guard isRegularFile else { return }
        guard ftruncate(fd, 0) == 0 else { throw RecorderIOError(path: path, operation: "truncate", errno: errno) }
        _ = lseek(fd, 0, SEEK_SET)
        committedBytes = 0
    }

    /// Removes the file again if this run created it and wrote nothing: a run that cannot start
    /// leaves no empty file behind.
    func removeIfCreatedAndEmpty() {
        guard created, committedBytes == 0 else { return }
        OutputFileOpening.unlink(path, ifStillOpenAt: fd)
    }

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
