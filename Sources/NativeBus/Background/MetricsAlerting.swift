import Glibc

/// The alerting check over the metrics file: each round reads the lines appended since the last
/// round and appends one line to `alerts.jsonl` beside the metrics file for every
/// `inbox_overflow_warning` among them, as the original's alerting loop does with `alert.jsonl`.
public final class MetricsAlerting: @unchecked Sendable {
    private var offset: Int = 0
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var pending: [UInt8] = []
    public let alertsPath: String

    public init(bus: NativeBus) {
        let metrics = bus.metricsFilePath
        let directory = metrics.lastIndex(of: "/").map { String(metrics[..<$0]) } ?? "."
        alertsPath = directory + "/alerts.jsonl"
    }

    /// One round: reads what the metrics file gained, returns the alerts written.
    @discardableResult
    public func check(_ bus: NativeBus) throws(NativeBusError) -> Int {
        let fd = open(bus.metricsFilePath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }  // nothing emitted yet
        defer { close(fd) }
        var alerts: [UInt8] = []
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            offset += n
            pending.append(contentsOf: buffer[0..<n])
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[..<newline]
                if Self.contains(line, Self.warning) {
                    alerts += Array(#"{"alert":"inbox_overflow","metric":"#.utf8) + line + Array("}\n".utf8)
                }
                pending.removeSubrange(...newline)
            }
        }
        guard !alerts.isEmpty else { return 0 }
        let out = open(alertsPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw .system(operation: "open", path: alertsPath, code: errno) }
        defer { close(out) }
        let code = alerts.withUnsafeBytes { Sys.writeAll(out, $0) }
        if code != 0 { throw .system(operation: "write", path: alertsPath, code: code) }
        return alerts.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Bytes its buffers hold.
    public var heldBytes: Int { buffer.capacity + pending.capacity }

    private static let warning = Array(#""metric":"inbox_overflow_warning""#.utf8)

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
