import OverheadAnalysis

/// The documented exit codes.
public enum ExitStatus: Int32, Sendable {
    /// Every evaluated criterion met (or no regression beyond the limit in compare mode).
    case success = 0
    /// A criterion failed, an INCONCLUSIVE one counted as failure, or a regression beyond the limit.
    case criterionFailed = 1
    /// Usage error, unreadable/empty/missing input, no baseline, `--strict` with a bad line, or an
    /// unknown recording id or baseline name in a history.
    case inputError = 2
    /// The reports were written, but a push (`--push-gateway`, `--influx-write`) failed.
    case pushFailed = 3
    /// The history file (`--db`) cannot be opened or created, is damaged, is not an OverheadBench
    /// history, was written by a newer version, or an SQLite write failed.
    case historyUnusable = 4

    /// FAIL always fails; INCONCLUSIVE fails only under `--inconclusive fail`; NOT EVALUATED never does.
    static func of(_ criteria: [CriterionResult], policy: InconclusivePolicy) -> ExitStatus {
        let failed = criteria.contains { policy.fails($0.verdict) }
        return failed ? .criterionFailed : .success
    }
}
