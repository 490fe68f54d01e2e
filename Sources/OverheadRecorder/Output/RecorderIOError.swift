import Glibc

/// A file the recorder could not create, write or verify; exit code 3.
public struct RecorderIOError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    /// What was being done, e.g. "write the results file".
    public var operation: String
    public var errno: Int32

    public init(path: String, operation: String, errno: Int32) {
        self.path = path
        self.operation = operation
        self.errno = errno
    }

    public var isNoSpace: Bool { errno == ENOSPC || errno == EDQUOT }

    public var description: String {
        let reason = String(cString: strerror(errno))
        let hint = isNoSpace ? " (the file system is full: free space or choose another path)" : ""
        return "cannot \(operation) \(path): \(reason)\(hint)"
    }
}
