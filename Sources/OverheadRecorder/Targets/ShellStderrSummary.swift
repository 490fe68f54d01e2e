import Glibc
import OverheadFormat

/// Counts what a shell library wrote to its stderr logs, leaving out the recorder's own notes
/// (lines starting `[overhead-record]`), so a run can say so at its end and in its `end` record.
enum ShellStderrSummary {
    static let notePrefix = Array("[overhead-record]".utf8)
    /// Lines quoted in the summary, and how long each may be.
    static let quotedLines = 3
    static let quotedLength = 160

    /// The library's lines across `logs` (in order); nil when there are none.
    static func summarize(_ logs: [String]) -> LibraryStderr? {
        var total = 0
        var first: [String] = []
        var firstLog: String?
        for log in logs {
            let counted = count(log) { line in
                if first.count < quotedLines {
                    first.append(String(decoding: line.prefix(quotedLength), as: UTF8.self))
                }
            }
            if counted > 0, firstLog == nil { firstLog = log }
            total += counted
        }
        guard total > 0, let firstLog else { return nil }
        return LibraryStderr(lines: total, log: firstLog, first: first)
    }

    /// Library lines in one log, read in chunks (logs are capped, but need not fit in memory).
    private static func count(_ path: String, quote: ([UInt8]) -> Void) -> Int {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var lines = 0
        var current: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        func finish() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty, !current.starts(with: notePrefix) else { return }
            lines += 1
            quote(current)
        }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            for byte in buffer[0..<n] {
                if byte == UInt8(ascii: "\n") {
                    finish()
                } else if current.count < quotedLength + notePrefix.count {
                    current.append(byte)
                }
            }
        }
        finish()
        return lines
    }
}
