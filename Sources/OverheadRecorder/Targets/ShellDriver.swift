import Glibc

/// Owns one persistent bash hosting the library and speaks the driver protocol with it
/// (see `ShellDriverScript`). A call that times out or kills bash restarts it before the error
/// is thrown, so the next call finds a fresh, ready shell.
final class ShellDriver {
    struct Paths {
        /// The call's fields, NUL-terminated, rewritten for each call.
        var commandFile: String
        /// The library's stdout (kept off the protocol; read back for receive and health check).
        var stdoutFile: String
        /// The library's stderr, appended across calls and restarts: the log in the results folder.
        var stderrLog: String
    }

    /// What to read back from the library's stdout after a call.
    enum StdoutUse {
        case ignore
        /// The number of JSON messages printed (`receive_messages`), counted as a stream.
        case messageCount
        /// The last non-empty line, trimmed (`check_agent_health`), read from the output's tail.
        case lastLine
    }

    struct CallResult {
        var reply: ShellReply
        /// Messages printed on stdout (with `.messageCount`).
        var messageCount = 0
        /// The last non-empty stdout line (with `.lastLine`).
        var lastLine = ""
        /// Where the call's stderr starts in the log.
        var stderrStart: Int
    }

    private let library: ShellLibrary
    private let environment: [String]
    private let paths: Paths
    let callTimeoutSeconds: Double
    private let commandFD: Int32
    private let stdoutFD: Int32
    private let stderrFD: Int32
    private var process: ShellProcess?
    private var socketFD: Int32 = -1
    private var pending: [UInt8] = []
    /// `MESSAGE_BUS_EVICTIONS` as last reported by the current bash (it restarts from 0).
    private(set) var lastEvictionsTotal = 0
    private var closed = false
    /// Our end of the watchdog socket: while it is open the driver's watchdog waits; when the
    /// recorder dies (even by SIGKILL) it closes, and the watchdog ends everything the driver started.
    private var watchdogFD: Int32 = -1
    /// Bytes of library stderr dropped from the log to keep it under its cap.
    private(set) var droppedStderrBytes = 0
    /// Length of the last drop note written into the log (dropped along with the next middle part).
    private var lastDropNoteBytes = 0
    /// Reused for reading stdout, so a call's output costs no allocation.
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)

    /// Opens the files and starts bash; throws `ShellTargetError` if the library does not load.
    init(library: ShellLibrary, environment: [String], paths: Paths, callTimeoutSeconds: Double) throws {
        self.library = library
        self.environment = environment
        self.paths = paths
        self.callTimeoutSeconds = callTimeoutSeconds
        let command = open(paths.commandFile, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard command >= 0 else {
            throw ShellTargetError.startFailed(ShellFileIO.errorText("cannot create", paths.commandFile))
        }
        commandFD = command
        do {
            stdoutFD = try ShellFileIO.openAppend(paths.stdoutFile)
        } catch {
            close(command)
            throw error
        }
        do {
            stderrFD = try ShellFileIO.openAppend(paths.stderrLog)
        } catch {
            close(command)
            close(stdoutFD)
            throw error
        }
        do {
            try start()
        } catch {
            shutDown()
            throw error
        }
    }

    deinit { shutDown() }

    /// The pid (and process group id) of the current bash, if one runs.
    var pid: pid_t? { process?.pid }
    /// The environment the running bash got, its token included: processes started beside it with
    /// this environment are ended with it (`ShellDriverScript`).
    private(set) var processEnvironment: [String] = []
    var librarySourceOrder: [String] { library.sourceOrder }

    /// Runs one call. Returns the reply whatever the function's status; throws `OperationError`
    /// when bash did not answer (timeout, exit, broken protocol), after restarting it.
    func call(_ fields: [String], stdout use: StdoutUse = .ignore) throws -> CallResult {
        if closed { throw OperationError(reason: "shell target is closed") }
        if process == nil {
            do { try start() } catch { throw OperationError(reason: "bash could not be restarted: \(error)") }
        }
        var stdoutStart = ShellFileIO.size(stdoutFD)
        if stdoutStart > ShellOutputLimits.stdoutResetBytes {
            ftruncate(stdoutFD, 0)
            stdoutStart = 0
        }
        var stderrStart = ShellFileIO.size(stderrFD)
        if stderrStart > ShellOutputLimits.stderrLogMaxBytes { stderrStart = capStderrLog(size: stderrStart) }
        try writeCommand(fields)
        let name = fields.first ?? ""
        let line: String
        switch readLine(timeoutSeconds: callTimeoutSeconds) {
        case .line(let text):
            line = text
        case .timedOut:
            let tail = stderrTail(from: stderrStart)
            restart(note: "\(name) timed out after \(Self.seconds(callTimeoutSeconds)) s; process group killed")
            throw OperationError(reason: "timed out after \(Self.seconds(callTimeoutSeconds)) s", stderrTail: tail)
        case .endOfFile:
            let status = process?.killGroupAndReap() ?? -1
            process = nil
            let tail = stderrTail(from: stderrStart)
            restart(note: "bash exited with status \(status) during \(name)")
            throw OperationError(
                exitCode: status,
                reason:
                    "bash exited with status \(status) during \(name) (the function called exit, or the shell aborted); restarted",
                stderrTail: tail)
        }
        guard let reply = ShellReply(line: line) else {
            let tail = stderrTail(from: stderrStart)
            restart(note: "unexpected protocol line during \(name)")
            throw OperationError(
                reason: "driver protocol broken during \(name): '\(line)'; restarted", stderrTail: tail)
        }
        if let total = reply.evictionsTotal { lastEvictionsTotal = total }
        var result = CallResult(reply: reply, stderrStart: stderrStart)
        switch use {
        case .ignore: break
        case .messageCount: result.messageCount = countMessages(from: stdoutStart)
        case .lastLine: result.lastLine = lastStdoutLine(from: stdoutStart, call: name)
        }
        return result
    }

    // MARK: - Output caps

    /// Streams the call's stdout through the message counter, one reused buffer at a time.
    private func countMessages(from start: Int) -> Int {
        var counter = ShellMessageCounter()
        var position = start
        let fd = stdoutFD
        chunk.withUnsafeMutableBytes { buffer in
            while true {
                let n = pread(fd, buffer.baseAddress, buffer.count, off_t(position))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                counter.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
                position += n
            }
        }
        return counter.count
    }

    /// The last non-empty line of the call's stdout, from at most its last `stdoutTailBytes`.
    private func lastStdoutLine(from start: Int, call name: String) -> String {
        let end = ShellFileIO.size(stdoutFD)
        let from = max(start, end - ShellOutputLimits.stdoutTailBytes)
        if from > start {
            note("\(name) wrote \(end - start) bytes to stdout; only the last \(end - from) were read")
        }
        let text = String(decoding: ShellFileIO.readRange(stdoutFD, from: from, limit: end - from), as: UTF8.self)
        for line in text.split(whereSeparator: \.isNewline).reversed() {
            let trimmed = String(line).trimmingWhitespace
            if !trimmed.isEmpty { return trimmed }
        }
        return ""
    }

    /// Cuts the middle out of a stderr log that outgrew `stderrLogMaxBytes`: keeps its first
    /// `stderrLogHeadBytes` and its last `stderrLogTailBytes`, with a line between them giving the
    /// bytes dropped so far. Runs between calls (bash is idle); returns the new size.
    @discardableResult
    private func capStderrLog(size: Int) -> Int {
        let head = ShellOutputLimits.stderrLogHeadBytes
        let tail = ShellFileIO.readRange(
            stderrFD, from: size - ShellOutputLimits.stderrLogTailBytes, limit: ShellOutputLimits.stderrLogTailBytes)
        droppedStderrBytes += max(0, size - head - tail.count - lastDropNoteBytes)
        let line = Array(
            ("\n[overhead-record] \(droppedStderrBytes) bytes of library stderr dropped here so far: this log "
                + "keeps its first \(head) and its last \(tail.count) bytes (cap \(ShellOutputLimits.stderrLogMaxBytes))\n")
                .utf8)
        lastDropNoteBytes = line.count
        guard ftruncate(stderrFD, off_t(head)) == 0 else { return size }
        // O_APPEND: both writes land at the (new) end.
        _ = line.withUnsafeBytes { write(stderrFD, $0.baseAddress, $0.count) }
        _ = tail.withUnsafeBytes { write(stderrFD, $0.baseAddress, $0.count) }
        return ShellFileIO.size(stderrFD)
    }

    /// The last lines the library wrote to stderr since `offset` (at most 10 lines, 4 KB).
    func stderrTail(from offset: Int) -> String {
        let end = ShellFileIO.size(stderrFD)
        let start = max(offset, end - 4096)
        let bytes = ShellFileIO.readRange(stderrFD, from: start, limit: end - start)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.suffix(10).joined(separator: "\n")
    }

    /// Writes a line of our own into the stderr log, so a reader sees why a call failed.
    func note(_ text: String) {
        let line = Array("[overhead-record] \(text)\n".utf8)
        _ = line.withUnsafeBytes { write(stderrFD, $0.baseAddress, $0.count) }
    }

    /// Kills the process group, reaps bash and releases every descriptor. Idempotent.
    func shutDown() {
        if closed { return }
        closed = true
        stopProcess()
        let size = ShellFileIO.size(stderrFD)
        if size > ShellOutputLimits.stderrLogMaxBytes { capStderrLog(size: size) }
        close(commandFD)
        close(stdoutFD)
        close(stderrFD)
        unlink(paths.commandFile)
        unlink(paths.stdoutFile)
    }

    /// Closes our end of the protocol socket without killing bash: what bash sees when the
    /// recorder dies. bash then ends its own process group; `shutDown` still reaps it.
    func dropConnection() {
        if socketFD >= 0 { close(socketFD) }
        socketFD = -1
    }

    // MARK: - Start-up

    private func start() throws {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw ShellTargetError.startFailed(ShellFileIO.errorText("socketpair", "for the driver"))
        }
        // A socket pair, not a pipe: created close-on-exec in one call (pipe2 is not imported).
        var watchdog: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &watchdog) == 0 else {
            close(pair[0])
            close(pair[1])
            throw ShellTargetError.startFailed(ShellFileIO.errorText("socketpair", "for the driver's watchdog"))
        }
        let stderrStart = ShellFileIO.size(stderrFD)
        let argv =
            ["bash", "--noprofile", "--norc", "-c", ShellDriverScript.text, "overhead-shell-driver", paths.commandFile]
            + library.sourceOrder
        let token = "\(ShellDriverScript.tokenVariable)=\(Self.randomToken())"
        let childEnvironment =
            environment.filter { !$0.hasPrefix(ShellDriverScript.tokenVariable + "=") } + [token]
        processEnvironment = childEnvironment
        do {
            process = try ShellProcess.spawn(
                argv: argv, environment: childEnvironment, stdoutFD: stdoutFD, stderrFD: stderrFD,
                socketFD: pair[1], watchdogFD: watchdog[0])
        } catch {
            for fd in pair + watchdog { close(fd) }
            throw error
        }
        close(pair[1])
        close(watchdog[0])
        socketFD = pair[0]
        watchdogFD = watchdog[1]
        pending = []
        lastEvictionsTotal = 0
        do {
            try awaitReady(stderrStart: stderrStart)
        } catch {
            stopProcess()
            throw error
        }
    }

    /// Reads the start-up lines until `ready`; a missing function or a failed file is an error.
    private func awaitReady(stderrStart: Int) throws {
        let files = library.sourceOrder
        var current = ""
        let limit = Self.sourcingTimeout(callTimeoutSeconds: callTimeoutSeconds)
        let deadline = ShellClock.monotonicSeconds() + limit
        while true {
            let remaining = deadline - ShellClock.monotonicSeconds()
            switch readLine(timeoutSeconds: max(remaining, 0)) {
            case .line(let text):
                let words = text.split(separator: " ").map(String.init)
                switch words.first {
                case "ready":
                    // `ready EVICTIONS`: the library's eviction count once sourced, the baseline of the first call.
                    let value = text.dropFirst("ready".count).drop(while: { $0 == " " })
                    guard value.isEmpty || ShellReply.count(value) != nil else {
                        throw ShellTargetError.invalidValue(
                            ShellTarget.invalidEvictions(String(value), after: "sourcing the library"))
                    }
                    lastEvictionsTotal = ShellReply.count(value) ?? 0
                    return
                case "sourcing":
                    if words.count > 1, let index = Int(words[1]), files.indices.contains(index) {
                        current = files[index]
                    }
                case "missing":
                    throw ShellTargetError.missingFunctions(Array(words.dropFirst()), files: files)
                case "source-failed":
                    let status = words.count > 2 ? words[2] : "?"
                    throw ShellTargetError.sourcingFailed(
                        detail: "\(current) returned status \(status)", stderrTail: stderrTail(from: stderrStart))
                default:
                    throw ShellTargetError.sourcingFailed(
                        detail: "unexpected driver line '\(text)'", stderrTail: stderrTail(from: stderrStart))
                }
            case .timedOut:
                throw ShellTargetError.sourcingFailed(
                    detail: "no answer within \(Self.seconds(limit)) s while sourcing \(current) "
                        + "(sourcing may take the call timeout, at least \(Self.seconds(RecorderDefaults.minimumSourcingSeconds)) s)",
                    stderrTail: stderrTail(from: stderrStart))
            case .endOfFile:
                let status = process?.killGroupAndReap() ?? -1
                process = nil
                throw ShellTargetError.sourcingFailed(
                    detail: "bash exited with status \(status) while sourcing \(current)",
                    stderrTail: stderrTail(from: stderrStart))
            }
        }
    }

    private func restart(note text: String) {
        stopProcess()
        note(text + "; restarting bash")
        do {
            try start()
        } catch {
            note("restart failed: \(error)")
        }
    }

    private func stopProcess() {
        process?.killGroupAndReap()
        process = nil
        if socketFD >= 0 { close(socketFD) }
        socketFD = -1
        if watchdogFD >= 0 { close(watchdogFD) }
        watchdogFD = -1
    }

    /// How long bash may take to source the library: the call timeout, but at least
    /// `RecorderDefaults.minimumSourcingSeconds`.
    static func sourcingTimeout(callTimeoutSeconds: Double) -> Double {
        max(callTimeoutSeconds, RecorderDefaults.minimumSourcingSeconds)
    }

    /// 16 hex digits naming one bash driver's processes (see `ShellDriverScript.tokenVariable`).
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: - Protocol I/O

    private func writeCommand(_ fields: [String]) throws {
        var bytes: [UInt8] = []
        for field in fields {
            let utf8 = Array(field.utf8)
            if utf8.contains(0) {
                throw OperationError(
                    reason: "argument contains a NUL byte, which bash cannot pass: \(fields.first ?? "")")
            }
            bytes += utf8
            bytes.append(0)
        }
        let written = bytes.withUnsafeBytes { pwrite(commandFD, $0.baseAddress, $0.count, 0) }
        guard written == bytes.count, ftruncate(commandFD, off_t(bytes.count)) == 0 else {
            throw OperationError(reason: ShellFileIO.errorText("cannot write", paths.commandFile))
        }
        var token: UInt8 = UInt8(ascii: "x")
        while true {
            let n = send(socketFD, &token, 1, Int32(MSG_NOSIGNAL))
            if n == 1 { return }
            if n < 0 && errno == EINTR { continue }
            break
        }
        // bash is gone; the read below sees end of file and handles it.
    }

    private enum ReadOutcome {
        case line(String)
        case timedOut, endOfFile
    }

    /// Waits for one protocol line. Polls in short slices so a bash that died while a background
    /// job still holds the socket open is noticed without waiting for the timeout.
    private func readLine(timeoutSeconds: Double) -> ReadOutcome {
        let deadline = ShellClock.monotonicSeconds() + timeoutSeconds
        var buffer = [UInt8](repeating: 0, count: 512)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return .line(line)
            }
            let remaining = deadline - ShellClock.monotonicSeconds()
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: socketFD, events: Int16(POLLIN), revents: 0)
            let sliceMs = Int32(min(remaining, 0.1) * 1000) + 1
            let ready = poll(&poller, 1, sliceMs)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfFile
            }
            if ready == 0 {
                if process?.hasExited ?? true { return .endOfFile }
                continue
            }
            let n = buffer.withUnsafeMutableBytes { read(socketFD, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return .endOfFile }
            pending += buffer[0..<n]
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}

/// Caps on what a library's output may cost the recorder: disk for the stderr log, memory for
/// reading stdout back.
enum ShellOutputLimits {
    /// A stderr log above this size has its middle cut out before the next call (`capStderrLog`).
    static let stderrLogMaxBytes = 8 << 20
    /// What the cut keeps from the start of the log (the library's start-up messages, first errors).
    static let stderrLogHeadBytes = 1 << 20
    /// What the cut keeps from the end of the log (the latest calls).
    static let stderrLogTailBytes = 2 << 20
    /// Stdout above this size is dropped between calls, so a chatty library cannot fill the tmpfs.
    static let stdoutResetBytes = 1 << 20
    /// `check_agent_health` reads at most this much of the end of its stdout.
    static let stdoutTailBytes = 64 << 10
}
