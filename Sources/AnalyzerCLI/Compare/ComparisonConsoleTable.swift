import Foundation
import OverheadAnalysis

/// The compare mode's console table: one aligned row per series, then a summary line and warnings.
enum ComparisonConsoleTable {
    static func render(_ r: RecordingComparison, color: Bool) -> String {
        let rule = String(repeating: "=", count: 42)
        var out = "\(rule)\nRECORDING COMPARISON (OLD → NEW)\n\(rule)\n\n"
        out += "OLD: \(r.oldFiles.joined(separator: ", "))\nNEW: \(r.newFiles.joined(separator: ", "))\n\n"
        let ci = "\(trimmed(r.confidence * 100))% CI"
        var rows: [[String]] = [["Agents", "Test/operation", "OLD ms", "NEW ms", "Change", ci, "Verdict"]]
        for row in r.rows {
            let interval =
                row.change.lower.flatMap { lo in row.change.upper.map { "[\(percent(lo))%, \(percent($0))%]" } }
                ?? "n/a"
            var verdict = row.verdict.rawValue
            if row.exceedsLimit { verdict += " (beyond \(trimmed(r.maxRegressionPercent))%)" }
            rows.append([
                String(row.agentCount), "\(row.testName)/\(row.operation)", ms(row.oldMeanMs), ms(row.newMeanMs),
                "\(percent(row.change.value))%", interval, verdict,
            ])
        }
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max()! }
        for (k, cells) in rows.enumerated() {
            var line = cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
            if color, k > 0 {
                switch r.rows[k - 1].verdict {
                case .regressed: line = "\u{1B}[31m\(line)\u{1B}[0m"
                case .improved: line = "\u{1B}[32m\(line)\u{1B}[0m"
                default: break
                }
            }
            out += line + "\n"
            if k == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        let count = { (v: ComparisonVerdict) in r.rows.filter { $0.verdict == v }.count }
        out +=
            "\n\(count(.regressed)) regressed (\(r.regressionsBeyondLimit.count) beyond \(trimmed(r.maxRegressionPercent))%), "
        out += "\(count(.improved)) improved, \(count(.noSignificantChange)) no significant change"
        if count(.undetermined) > 0 { out += ", \(count(.undetermined)) undetermined (no interval)" }
        out += "\n"
        for w in r.warnings { out += "⚠️  \(w)\n" }
        return out
    }

    /// Three decimals, or three significant digits below 0.1 ms so a capacity check does not print as 0.000.
    static func ms(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        return abs(v) >= 0.1 || v == 0 ? String(format: "%.3f", v) : String(format: "%.3g", v)
    }

    static func percent(_ v: Double) -> String {
        guard v.isFinite else { return "n/a" }
        let s = String(format: "%.2f", v)
        return v >= 0 ? "+" + s : s
    }

    /// A setting as typed: 95, 5, 2.5 (no trailing zeros).
    static func trimmed(_ v: Double) -> String {
        var s = String(format: "%.3f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
