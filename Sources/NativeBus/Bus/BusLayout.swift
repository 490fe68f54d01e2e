/// Where everything lives under the bus root, as in the shell library's design:
///
///     <root>/messages/<agent>/inbox/<monotonic-ns>-<sequence>-<from>.json   delivered messages
///     <root>/messages/<agent>/outbox/.<to>-<sequence>.tmp                   messages being staged
///     <root>/messages/<agent>/inbox.draining/                                inbox sealed by shutdown
///     <root>/messages/<agent>/shutting-down                                  shutdown marker
///     <root>/sequences/<from>.<to>                                           per-pair sequence number
///     <root>/metrics/metrics.jsonl                                           metrics (unless configured)
///     <root>/health/<agent>/status.json, <root>/health/.lock                 health reports
///
/// Agent ids never contain `.` or `/`, so `<from>.<to>` is unambiguous and no id escapes the root.
struct BusLayout: Sendable {
    let root: [UInt8]
    let metricsFile: [UInt8]

    init(root: String, metricsFile: String?) {
        var trimmed = Array(root.utf8)
        while trimmed.count > 1, trimmed.last == UInt8(ascii: "/") { trimmed.removeLast() }
        self.root = trimmed
        self.metricsFile = metricsFile.map { Array($0.utf8) } ?? trimmed + Array("/metrics/metrics.jsonl".utf8)
    }

    @inline(__always)
    func directory(_ name: StaticString, into path: inout ByteBuffer) {
        path.reset()
        path.append(root)
        path.append(UInt8(ascii: "/"))
        path.append(name)
        path.terminate()
    }

    @inline(__always)
    func agentDirectory(_ agent: String, into path: inout ByteBuffer) {
        path.reset()
        path.append(root)
        path.append("/messages/")
        path.append(agent)
    }

    /// `<root>/messages/<agent>/<leaf>`, NUL-terminated.
    @inline(__always)
    func agentPath(_ agent: String, _ leaf: StaticString, into path: inout ByteBuffer) {
        agentDirectory(agent, into: &path)
        path.append(UInt8(ascii: "/"))
        path.append(leaf)
        path.terminate()
    }

    @inline(__always)
    func inbox(_ agent: String, into path: inout ByteBuffer) { agentPath(agent, "inbox", into: &path) }

    @inline(__always)
    func sequence(from: String, to: String, into path: inout ByteBuffer) {
        path.reset()
        path.append(root)
        path.append("/sequences/")
        path.append(from)
        path.append(UInt8(ascii: "."))
        path.append(to)
        path.terminate()
    }

    @inline(__always)
    func healthDirectory(_ agent: String, into path: inout ByteBuffer) {
        path.reset()
        path.append(root)
        path.append("/health/")
        path.append(agent)
        path.terminate()
    }

    @inline(__always)
    func healthFile(_ agent: String, _ leaf: StaticString, into path: inout ByteBuffer) {
        healthDirectory(agent, into: &path)
        path.append(UInt8(ascii: "/"))
        path.append(leaf)
        path.terminate()
    }

    func metrics(into path: inout ByteBuffer) {
        path.reset()
        path.append(metricsFile)
        path.terminate()
    }
}
