import Foundation

/// The results file: how it was produced (date, command, build, duration, settings), then the tables.
struct ResultsDocument {
    var settings: SweepSettings
    /// The `OVERHEAD_SWEEP_*` variables that were set, name and value.
    var variables: [(String, String)]
    var sections: [SweepSection]
    var finished: Date
    var seconds: Double

    /// Where `run-sweep.sh` puts the host table and load note (benchmarks/results-md.sh), which
    /// need the load average at the end of the run.
    static let hostFactsMarker = "<!-- host facts -->"

    var text: String {
        let command = (variables.map { "\($0)=\(shellQuoted($1))" } + (isDebug ? ["SWEEP_CONFIG=debug"] : []))
            .joined(separator: " ")
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        let header = """
            # Calibration sweep results

            Written by `stats-sweep` (benchmarks/stats/sweep) on \(formatter.string(from: finished)); every figure \
            below was computed in that run. Run the script again to replace this file.

            Command, from the repository root: `\(command.isEmpty ? "" : command + " ")benchmarks/stats/run-sweep.sh`

            \(Self.hostFactsMarker)

            - Build: \(isDebug ? "debug" : "release"); \(Int(seconds.rounded())) s to compute the tables
            - Size: \(settings.recordings) recordings per row of the coverage table, \(settings.fewerRecordings) \
            per row of the power and blocks-needed tables, \(settings.halfRecordings) per row (pairs) of the tail \
            and compare-mode tables (OVERHEAD_SWEEP_RECORDINGS=\(settings.recordings))
            - Noise levels: \(settings.noises.map(\.name).joined(separator: ", ")); components: \
            \(settings.components.map(\.rawValue).joined(separator: ", "))
            - Block counts: coverage \(list(settings.coverageBlocks)), power \(list(settings.powerBlocks)), tail \
            \(list(settings.tailBlocks)), compare \(list(settings.compareBlocks)); true metrics overheads \
            \(settings.metricsTruths.map { fixed($0) }.joined(separator: ", "))%
            - Seeds are fixed per table (given under each), so the same settings give the same figures. With n \
            recordings a rate near 95% has a standard error of about √(0.95·0.05/n): 1.5 points at n = 200, \
            0.7 at n = 1000.

            """
        return header + "\n" + sections.map(\.text).joined(separator: "\n")
    }

    private var isDebug: Bool {
        #if DEBUG
            true
        #else
            false
        #endif
    }

    private func list(_ xs: [Int]) -> String { xs.map(String.init).joined(separator: " ") }

    private func shellQuoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." } ? s : "\"\(s)\""
    }
}
