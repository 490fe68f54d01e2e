import ArgumentParser

/// `--color`: whether the console report uses ANSI colour.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    func enabled(isTerminal: Bool) -> Bool {
        switch self {
        case .auto: return isTerminal
        case .always: return true
        case .never: return false
        }
    }
}
