import Foundation
import OverheadAnalysis

/// How an estimate and its confidence interval are written in text reports.
enum EstimateText {
    /// `[1.52, 2.62]`, or `no interval` when the analysis could not compute one. With `percent`,
    /// bounds beyond ±1000 print as `>+1000` / `<-1000`.
    static func interval(_ e: Estimate, digits: Int = 2, percent: Bool = false) -> String {
        guard let lower = e.lower, let upper = e.upper else { return "no interval" }
        func f(_ v: Double) -> String {
            percent
                ? NumberText.percentNumber(v, digits, signed: v > NumberText.percentCap) : NumberText.fixed(v, digits)
        }
        return "[" + f(lower) + ", " + f(upper) + "]"
    }

    /// Decimals for a figure whose precision is set by its interval (`NumberText.decimals`).
    static func decimals(_ e: Estimate) -> Int { NumberText.decimals(for: (e.lower, e.upper, e.value)) }

    /// ` [1.52, 2.62]` or `, no interval`: an interval after a phrase.
    static func trailingInterval(_ e: Estimate, digits: Int = 2) -> String {
        (e.lower != nil && e.upper != nil ? " " : ", ") + interval(e, digits: digits)
    }

    /// A percentage interval, `[1.52, 2.62]` or `[-84.02, >+1000]`.
    static func percentInterval(_ e: Estimate) -> String { interval(e, percent: true) }

    /// `[+7.58%, +11.66%]` (each bound signed, with its unit), or `n/a`: a change's interval.
    static func signedPercentInterval(_ e: Estimate) -> String {
        guard let lower = e.lower, let upper = e.upper else { return "n/a" }
        return "[" + NumberText.signedPercent(lower) + ", " + NumberText.signedPercent(upper) + "]"
    }

    /// `+2.07% [1.52, 2.62]`, or `+2.07%, no interval`.
    static func percent(_ e: Estimate) -> String {
        NumberText.signedPercent(e.value) + (e.lower != nil && e.upper != nil ? " " : ", ") + percentInterval(e)
    }

    /// A value in `unit`, capped as a bound when the unit is `%`.
    static func value(_ v: Double, unit: String) -> String {
        NumberText.isPercent(unit) ? NumberText.percentNumber(v) : NumberText.fixed(v, 2)
    }

    /// `95%` from a confidence of 0.95.
    static func confidenceLabel(_ e: Estimate) -> String {
        NumberText.plain(e.confidence * 100) + "%"
    }

    /// `%` is written against the number; other units after one space (however the unit was spelled).
    static func unitSuffix(_ unit: String) -> String {
        let u = unit.trimmingCharacters(in: .whitespaces)
        return u == "%" || u.isEmpty ? u : " " + u
    }
}
