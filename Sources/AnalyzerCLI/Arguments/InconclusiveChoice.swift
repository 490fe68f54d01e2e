import ArgumentParser
import OverheadAnalysis

/// `--inconclusive`: how an INCONCLUSIVE verdict counts (the analysis's `InconclusivePolicy`).
enum InconclusiveChoice: String, CaseIterable, ExpressibleByArgument {
    case fail, pass, skip

    var policy: InconclusivePolicy {
        switch self {
        case .fail: return .fail
        case .pass: return .pass
        case .skip: return .skip
        }
    }
}
