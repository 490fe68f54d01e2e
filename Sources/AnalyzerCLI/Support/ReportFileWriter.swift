#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report file without ever replacing something that is not a regular file.
///
/// A report used to be written to a temporary file and renamed over its path: as root,
/// `--json /dev/full` replaced the device node with a regular file, and `--html /dev/stdout`
/// replaced the symlink. Now only a regular file (or a new path) is replaced, atomically, so a
/// reader never sees half a report; anything else (a device, FIFO, socket or symlink: following
/// /dev/stdout to the file the shell redirected to and renaming over it would orphan the
/// descriptor the console report goes to) is opened and written in place, and `-` is standard
/// output. Every failed system call is an error naming it, e.g. ENOSPC on /dev/full.
public enum ReportFileWriter {
    /// How a path is written.
    public enum Destination: Equatable, Sendable {
        /// `-`, or a path naming the file standard output already is (`/dev/stdout`, or the file
        /// it is redirected to): written to file descriptor 1. Opening the path anew would write
        /// from offset 0 through a second descriptor, under what the console report writes.
        case standardOutput
        /// Opened (following symlinks) and written where it is: devices, FIFOs, sockets, symlinks,
        /// and directories, which then fail with EISDIR.
        case inPlace(String)
        /// A temporary file beside `target` renamed over it: regular files and new paths.
        case replace(target: String)
    }

    /// The path that names standard output.
    public static let standardOutputPath = "-"

    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var operation: String
        public var code: Int32
        public var description: String { "\(operation): \(String(cString: strerror(code)))" }
    }

    /// Where `path` is written, from `lstat` and `stat` (nothing is opened).
    public static func destination(of path: String) -> Destination {
        if path == standardOutputPath || isStandardOutput(path) { return .standardOutput }
        var info = stat()
        guard lstat(path, &info) == 0 else { return .replace(target: path) }
        return (info.st_mode & S_IFMT) == S_IFREG ? .replace(target: path) : .inPlace(path)
    }

    /// Whether `path` (links followed) is the file descriptor 1 is open on.
    static func isStandardOutput(_ path: String) -> Bool {
        var target = stat()
        var output = stat()
        return stat(path, &target) == 0 && fstat(1, &output) == 0 && target.st_dev == output.st_dev
            && target.st_ino == output.st_ino
    }

    /// Writes `bytes` to `path` as `destination(of:)` says.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        switch destination(of: path) {
        case .standardOutput: try writeAll(1, bytes)
        case .inPlace(let p): try writeInPlace(bytes, to: p)
        case .replace(let target): try replace(target, with: bytes)
        }
    }

    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw WriteError(operation: "open", code: errno) }
        do throws(WriteError) {
            try writeAll(fd, bytes)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw WriteError(operation: "close", code: errno) }
    }

    static func replace(_ target: String, with bytes: [UInt8]) throws(WriteError) {
        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array((directory + "/.\(name).XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw WriteError(operation: "create a temporary file in \(directory)", code: errno) }
        // mkstemp creates 0600; a report is as readable as any file the user creates.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        var closed = false
        do throws(WriteError) {
            try writeAll(fd, bytes)
            closed = true
            guard close(fd) == 0 else { throw WriteError(operation: "close", code: errno) }
            guard rename(temporary, target) == 0 else { throw WriteError(operation: "rename", code: errno) }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }

    /// Writes every byte, retrying short writes and EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                #if canImport(Darwin)
                    Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                    Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(operation: "write", code: errno)
            }
            offset += n
        }
    }
}
