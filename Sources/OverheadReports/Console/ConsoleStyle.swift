import OverheadAnalysis

/// ANSI styling that collapses to plain text when colour is off (not a terminal, or golden tests).
struct ConsoleStyle {
    var color: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func dim(_ s: String) -> String { wrap(s, "2") }

    func verdict(_ v: Verdict) -> (String) -> String {
        switch v {
        case .pass: return green
        case .fail: return { bold(red($0)) }
        case .inconclusive: return yellow
        case .notEvaluated: return dim
        }
    }

    func status(_ s: LimitStatus) -> (String) -> String {
        switch s {
        case .withinLimit, .belowLimitPointOnly: return green
        case .overLimit, .aboveLimitPointOnly: return red
        case .undecided: return yellow
        case .noLimit: return dim
        }
    }

    private func wrap(_ s: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m" + s + "\u{1B}[0m" : s
    }
}
