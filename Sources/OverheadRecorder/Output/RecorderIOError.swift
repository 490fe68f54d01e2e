import Glibc

/// A file the recorder could not create, write or verify; exit code 3.
public struct RecorderIOError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// What was being done, e.g. "write the results file".
    public var operation: String
    public var errno: Int32
    /// Why, when `strerror(errno)` would not say it (a planted link, a FIFO, a lock held elsewhere).
    public var detail: String?

    public init(path: String, operation: String, errno: Int32, detail: String? = nil) {
        self.path = path
        self.operation = operation
        self.errno = errno
        self.detail = detail
    }

    public var isNoSpace: Bool { errno == ENOSPC || errno == EDQUOT }

    public var description: String {
        let reason = detail ?? String(cString: strerror(errno))
        let hint = isNoSpace ? " (the file system is full: free space or choose another path)" : ""
        return "cannot \(operation) \(path): \(reason)\(hint)"
    }
}
