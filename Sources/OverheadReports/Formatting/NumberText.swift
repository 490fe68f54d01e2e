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
        guard value.isFinite, !text.hasPrefix("-"), text.contains(where: { $0 != "0" && $0 != "." }) else {
            return text
        }
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

    /// Beyond ±1000% a percentage carries no usable digits (a log-scale interval from 2 runs can
    /// reach 10¹⁰%): text reports print `>+1000` / `<-1000`; the JSON report keeps the raw number.
    static let percentCap = 1000.0

    /// A percentage without `%`: `fixed`, or the cap as a bound when beyond it.
    static func percentNumber(_ value: Double, _ digits: Int = 2, signed plus: Bool = false) -> String {
        if value.isFinite, abs(value) > percentCap {
            return value > 0 ? ">" + (plus ? "+" : "") + plain(percentCap) : "<-" + plain(percentCap)
        }
        return plus ? signed(value, digits) : fixed(value, digits)
    }

    /// Percent with two decimals, e.g. `2.07%` (`>1000%` beyond the cap).
    static func percent(_ value: Double) -> String { percentNumber(value) + "%" }

    static func signedPercent(_ value: Double) -> String { percentNumber(value, signed: true) + "%" }

    /// A limit as written by a person: `1`, `0.5`, `0.25` (no trailing zeros).
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        var text = fixed(value, 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Up to three decimals, trailing zeros dropped (`0.125`, `2.5`, `60`): figures inside
    /// sentences. Never `-0`.
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `compact`, with a percentage (`unit` "%") beyond ±`percentCap` written as a bound
    /// (`>+1000`, `<-1000`; `signed: false` drops the `+`).
    static func compact(_ value: Double, unit: String, signed: Bool = true) -> String {
        guard isPercent(unit), value.isFinite, abs(value) > percentCap else { return compact(value) }
        return value > 0 ? ">\(signed ? "+" : "")\(compact(percentCap))" : "<-\(compact(percentCap))"
    }

    /// Whether a unit, however spaced, is percent (the only unit capped as a bound).
    static func isPercent(_ unit: String) -> Bool { unit.trimmingCharacters(in: .whitespaces) == "%" }

    /// Installed memory (MiB, as the manifest records it): `23.5 GiB`, or `512 MB` below 1 GiB.
    static func memory(mb: Double) -> String {
        guard mb.isFinite, mb > 0 else { return "n/a" }
        return mb >= 1024 ? fixed(mb / 1024, 1) + " GiB" : fixed(mb, 0) + " MB"
    }

    /// Resource megabytes without unit: whole MB from 10 MB up, one decimal below (so 0.8 MB of
    /// tmpfs does not print as 0).
    static func megabytes(_ value: Double) -> String { fixed(value, abs(value) < 10 ? 1 : 0) }

    /// Decimals that show a figure with interval to about two significant digits of its
    /// half-width, between 2 and 6: `-5.59 [-57.95, 46.77]` but `-0.0374 [-0.1072, 0.0324]`.
    static func decimals(for e: (lower: Double?, upper: Double?, value: Double)) -> Int {
        let spread: Double
        if let lo = e.lower, let hi = e.upper, hi > lo { spread = (hi - lo) / 2 } else { spread = abs(e.value) }
        guard spread.isFinite, spread > 0 else { return 2 }
        return min(6, max(2, 1 - Int(Foundation.floor(Foundation.log10(spread)))))
    }

    /// Seconds with exactly three decimals and no sign (JUnit `time`).
    static func seconds(_ value: Double) -> String {
        fixed(max(0, value.isFinite ? value : 0), 3)
    }
}
