import Foundation

/// Fixed-point number text shared by every renderer, so the same figure reads the same everywhere.
/// Never prints `-0.00`; NaN and infinities print as `n/a`.
enum NumberText {
    static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// Like `fixed`, with an explicit `+` on positive values (overheads read as changes).
    static func signed(_ value: Double, _ digits: Int) -> String {
        let text = fixed(value, digits)
        guard value.isFinite, !text.hasPrefix("-"), text.contains(where: { $0 != "0" && $0 != "." }) else { return text }
        return "+" + text
    }

    /// Milliseconds: three decimals as the original printed them; below 0.01 ms, three significant
    /// digits (up to six decimals) so sub-microsecond operations do not print as zero.
    static func ms(_ value: Double) -> String { latency(value) + "ms" }

    /// A latency in ms without unit, as `ms` formats it.
    static func latency(_ value: Double) -> String {
        let a = abs(value)
        guard a < 0.01, a > 0, a.isFinite else { return fixed(value, 3) }
        let digits = min(6, max(3, 2 - Int(floor(log10(a)))))
        return fixed(value, digits)
    }

    /// Percent with two decimals, e.g. `2.07%`.
    static func percent(_ value: Double) -> String { fixed(value, 2) + "%" }

    static func signedPercent(_ value: Double) -> String { signed(value, 2) + "%" }

    /// A limit as written by a person: `1`, `0.5`, `0.25` (no trailing zeros).
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        var text = fixed(value, 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Seconds with exactly three decimals and no sign (JUnit `time`).
    static func seconds(_ value: Double) -> String {
        fixed(max(0, value.isFinite ? value : 0), 3)
    }
}
