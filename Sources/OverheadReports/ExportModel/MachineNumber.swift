import OverheadAnalysis
import OverheadFormat

/// Numbers for machine-read exports: the shortest text that reads back to the same `Double`
/// (`0.42`, `500`, `1.2e-05`), as the JSON report writes them; nil when not finite.
enum MachineNumber {
    static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        var out = ""
        JSONText.appendNumber(value, to: &out)
        return out
    }

    /// Half the interval's width, when it has one.
    static func halfWidth(_ e: Estimate) -> Double? {
        guard let lower = e.lower, let upper = e.upper, lower.isFinite, upper.isFinite else { return nil }
        return (upper - lower) / 2
    }
}
