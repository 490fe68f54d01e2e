import Glibc

/// Progress on stderr: one live line rewritten with `\r` on a terminal, plain lines (one per
/// block) otherwise, nothing with `--quiet`. The ETA weighs windows by their timed operations
/// (a 100-agent shutdown window is not a 1-agent one): remaining operations at the rate measured so
/// far, or at the pilot's rate before the first window ends.
final class ProgressReporter {
    enum Mode: Sendable, Equatable { case live, lines, quiet }

    let mode: Mode
    private let totalWindows: Int
    private var doneWindows = 0
    private let totalWork: Int
    private var doneWork = 0
    /// Seconds per operation from `PlanPilot`, for an ETA before any window finished.
    var pilotSecondsPerOperation: Double?
    private let startNs = monotonicNanoseconds()
    private let emit: (String) -> Void
    private var liveLineOpen = false
    /// The soak phase after the suite, in seconds (0: none); part of the ETA until it ends.
    var soakSeconds = 0.0
    private var soakDone = 0.0
    private var lastSoakLine = -1

    init(
        mode: Mode, totalWindows: Int, totalWork: Int = 0,
        emit: @escaping (String) -> Void = ProgressReporter.writeToStderr
    ) {
        self.mode = mode
        self.totalWindows = max(1, totalWindows)
        self.totalWork = max(0, totalWork)
        self.emit = emit
    }

    static func mode(quiet: Bool) -> Mode { quiet ? .quiet : (isatty(2) == 1 ? .live : .lines) }

    func blockStarting(agentCount: Int, run: Int, runs: Int, warmup: Bool) {
        guard mode == .lines else { return }
        let kind = warmup ? "warm-up \(run)" : "run \(run)/\(runs)"
        emit("overhead-record: agents=\(agentCount) \(kind) elapsed=\(Self.seconds(elapsed)) eta=\(eta)\n")
    }

    func windowStarting(agentCount: Int, test: String, run: Int, runs: Int, warmup: Bool) {
        guard mode == .live else { return }
        let kind = warmup ? "warm-up" : "run \(run)/\(runs)"
        let percent = 100 * doneWindows / totalWindows
        emit("\r\u{1B}[K[\(agentCount) agents] \(kind) \(test)  \(percent)%  ETA \(eta)")
        liveLineOpen = true
    }

    /// A window ended after `work` timed operations (its expected count).
    func windowFinished(work: Int = 0) {
        doneWindows += 1
        doneWork += work
    }

    /// A message that must not be overwritten by the live line.
    func note(_ text: String) {
        guard mode != .quiet else { return }
        closeLiveLine()
        emit("overhead-record: \(text)\n")
    }

    func finish() { closeLiveLine() }

    /// The soak has run `done` of its seconds: a live line, or a plain line every 10 s.
    func soakProgress(done: Double) {
        soakDone = min(done, soakSeconds)
        let left = Self.seconds(max(0, soakSeconds - soakDone))
        switch mode {
        case .live:
            emit("\r\u{1B}[K[soak] \(Self.seconds(soakDone))/\(Self.seconds(soakSeconds))  ETA \(left)")
            liveLineOpen = true
        case .lines:
            let tens = Int(soakDone / 10)
            guard tens != lastSoakLine else { return }
            lastSoakLine = tens
            emit("overhead-record: soak \(Self.seconds(soakDone))/\(Self.seconds(soakSeconds)) eta=\(left)\n")
        case .quiet: return
        }
    }

    private func closeLiveLine() {
        if liveLineOpen {
            emit("\r\u{1B}[K")
            liveLineOpen = false
        }
    }

    private var elapsed: Double { Double(monotonicNanoseconds() - startNs) / 1e9 }

    /// The suite's remaining time, plus the soak's.
    private var eta: String {
        let soakLeft = max(0, soakSeconds - soakDone)
        if totalWork > 0 {
            let remaining = Double(max(0, totalWork - doneWork))
            if doneWork > 0 { return Self.seconds(elapsed / Double(doneWork) * remaining + soakLeft) }
            if let pilot = pilotSecondsPerOperation { return Self.seconds(pilot * remaining + soakLeft) }
            return "?"
        }
        guard doneWindows > 0 else { return "?" }
        let remaining = max(0, totalWindows - doneWindows)
        return Self.seconds(elapsed / Double(doneWindows) * Double(remaining) + soakLeft)
    }

    static func seconds(_ s: Double) -> String {
        let whole = Int(s.rounded())
        return whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : "\(whole)s"
    }

    static func writeToStderr(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
