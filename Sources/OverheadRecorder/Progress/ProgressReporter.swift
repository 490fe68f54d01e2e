import Glibc

/// Progress on stderr: one live line rewritten with `\r` on a terminal, plain lines (one per
/// block) otherwise, nothing with `--quiet`. The ETA assumes the remaining windows take as long
/// as the finished ones did on average.
final class ProgressReporter {
    enum Mode: Sendable, Equatable { case live, lines, quiet }

    let mode: Mode
    private let totalWindows: Int
    private var doneWindows = 0
    private let startNs = monotonicNanoseconds()
    private let emit: (String) -> Void
    private var liveLineOpen = false

    init(mode: Mode, totalWindows: Int, emit: @escaping (String) -> Void = ProgressReporter.writeToStderr) {
        self.mode = mode
        self.totalWindows = max(1, totalWindows)
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

    func windowFinished() { doneWindows += 1 }

    /// A message that must not be overwritten by the live line.
    func note(_ text: String) {
        guard mode != .quiet else { return }
        closeLiveLine()
        emit("overhead-record: \(text)\n")
    }

    func finish() { closeLiveLine() }

    private func closeLiveLine() {
        if liveLineOpen {
            emit("\r\u{1B}[K")
            liveLineOpen = false
        }
    }

    private var elapsed: Double { Double(monotonicNanoseconds() - startNs) / 1e9 }

    private var eta: String {
        guard doneWindows > 0 else { return "?" }
        let remaining = max(0, totalWindows - doneWindows)
        return Self.seconds(elapsed / Double(doneWindows) * Double(remaining))
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
