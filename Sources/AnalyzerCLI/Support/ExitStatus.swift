import OverheadAnalysis

/// The documented exit codes.
public enum ExitStatus: Int32, Sendable {
    /// Every evaluated criterion met (or no regression beyond the limit in compare mode).
    case success = 0
    /// A criterion failed, an INCONCLUSIVE one counted as failure, or a regression beyond the limit.
    case criterionFailed = 1
    /// Usage error, unreadable/empty/missing input, no baseline, or `--strict` with a bad line.
    case inputError = 2

    /// FAIL always fails; INCONCLUSIVE fails only under `--inconclusive fail`; NOT EVALUATED never does.
    static func of(_ criteria: [CriterionResult], policy: InconclusivePolicy) -> ExitStatus {
        let failed = criteria.contains { policy.fails($0.verdict) }
        return failed ? .criterionFailed : .success
    }
}
