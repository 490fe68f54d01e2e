import Foundation
import OverheadAnalysis

/// How an estimate and its confidence interval are written in text reports.
enum EstimateText {
    /// `[1.52, 2.62]`, or `no interval` when the analysis could not compute one.
    static func interval(_ e: Estimate, digits: Int = 2) -> String {
        guard let lower = e.lower, let upper = e.upper else { return "no interval" }
        return "[" + NumberText.fixed(lower, digits) + ", " + NumberText.fixed(upper, digits) + "]"
    }

    /// `+2.07% [1.52, 2.62]`, or `+2.07%, no interval`.
    static func percent(_ e: Estimate) -> String {
        NumberText.signedPercent(e.value) + (e.lower != nil && e.upper != nil ? " " : ", ") + interval(e)
    }

    /// A criterion's measured value in its unit with interval: `2.07% (95% CI 1.52 to 2.62%)`.
    static func sentence(_ e: Estimate, unit: String) -> String {
        let u = unitSuffix(unit)
        var text = NumberText.fixed(e.value, 2) + u
        if let lower = e.lower, let upper = e.upper {
            text += " (\(confidenceLabel(e)) CI " + NumberText.fixed(lower, 2) + " to " + NumberText.fixed(upper, 2) + u + ")"
        } else {
            text += " (no interval)"
        }
        return text
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
