import Glibc

/// The floor: the same system calls the native bus issues for an operation, called directly
/// with every path and byte prepared in advance, so only the kernel's work remains.
final class Floor {
    let inbox: [CChar]
    let sequencePath: [CChar]
    var staged: [CChar]
    var final: [CChar]
    let message: [UInt8]
    let metricLine: [UInt8]
    let sequenceFD: Int32
    let metricsFD: Int32
    private let stagedDigits: Int
    private let finalDigits: Int
    private var order: UInt64 = 0

    /// Prepares `root/messages/{a,b}` and the sequence and metrics files; `message` and `metricLine`
    /// are bytes of the size the bus writes.
    init(root: String, message: [UInt8], metricLine: [UInt8]) throws {
        for dir in [
            "", "/messages", "/messages/a", "/messages/a/outbox", "/messages/b", "/messages/b/inbox", "/sequences",
            "/metrics",
        ] {
            guard mkdir(root + dir, 0o700) == 0 || errno == EEXIST else { throw BenchError("mkdir \(root + dir)") }
        }
        inbox = Array("\(root)/messages/b/inbox".utf8CString)
        sequencePath = Array("\(root)/sequences/a.b".utf8CString)
        let stagedPrefix = "\(root)/messages/a/outbox/.b-"
        staged = Array((stagedPrefix + String(repeating: "0", count: 20) + ".tmp").utf8CString)
        stagedDigits = stagedPrefix.utf8.count
        let finalPrefix = "\(root)/messages/b/inbox/"
        final = Array(
            (finalPrefix + String(repeating: "0", count: 20) + "-" + String(repeating: "0", count: 12) + "-a.json")
                .utf8CString)
        finalDigits = finalPrefix.utf8.count
        self.message = message
        self.metricLine = metricLine
        sequenceFD = open(sequencePath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        metricsFD = open("\(root)/metrics/metrics.jsonl", O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard sequenceFD >= 0, metricsFD >= 0 else { throw BenchError("open floor files") }
    }

    /// stat, flock, pread, open(O_CREAT|O_EXCL), write, close, rename, pwrite, flock.
    func send() {
        var st = stat()
        guard stat(inbox, &st) == 0 else { fatalError("floor stat") }
        flock(sequenceFD, LOCK_EX)
        var raw: (UInt64, UInt64, UInt64) = (0, 0, 0)
        _ = withUnsafeMutableBytes(of: &raw) { pread(sequenceFD, $0.baseAddress, 24, 0) }
        order += 1
        Self.put(order, width: 20, into: &staged, at: stagedDigits)
        Self.put(order, width: 20, into: &final, at: finalDigits)
        let fd = open(staged, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { fatalError("floor open") }
        _ = message.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard rename(staged, final) == 0 else { fatalError("floor rename") }
        _ = withUnsafeBytes(of: &raw) { pwrite(sequenceFD, $0.baseAddress, 20, 0) }
        flock(sequenceFD, LOCK_UN)
    }

    /// opendir, readdir until the end, then per message openat, unlinkat, read, close; closedir.
    func receive() -> Int {
        guard let dir = opendir(inbox) else { fatalError("floor opendir") }
        let dfd = dirfd(dir)
        var names: [[CChar]] = []
        while let entry = readdir(dir) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                if raw[0] != 0x2E { names.append(Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0]) }
            }
        }
        var taken = 0
        var content = [UInt8](repeating: 0, count: 4096)
        for name in names {
            let fd = openat(dfd, name, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            unlinkat(dfd, name, 0)
            _ = content.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            close(fd)
            taken += 1
        }
        closedir(dir)
        return taken
    }

    /// flock, write (O_APPEND), flock.
    func emitMetric() {
        flock(metricsFD, LOCK_EX)
        _ = metricLine.withUnsafeBytes { write(metricsFD, $0.baseAddress, $0.count) }
        flock(metricsFD, LOCK_UN)
    }

    private static func put(_ value: UInt64, width: Int, into buffer: inout [CChar], at start: Int) {
        var v = value
        for i in stride(from: start + width - 1, through: start, by: -1) {
            buffer[i] = CChar(48 + Int(v % 10))
            v /= 10
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = "\(description): \(String(cString: strerror(errno)))" }
}
