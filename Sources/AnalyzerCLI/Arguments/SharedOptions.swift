import ArgumentParser
import OverheadAnalysis

/// Options every subcommand takes, declared once.
struct SharedOptions: ParsableArguments {
    @Flag(help: "Treat any malformed line as an input error (exit 2).")
    var strict = false

    @Option(help: ArgumentHelp("Confidence level of every interval, in (0, 1).", valueName: "C"))
    var confidence: Double = AnalysisOptions().confidence

    @Option(help: ArgumentHelp("Colour on the console.", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(
        name: .customLong("max-diagnostics"), help: ArgumentHelp("Malformed lines listed on stderr.", valueName: "N"))
    var maxDiagnostics: Int = AnalysisOptions().maxDiagnostics

    func validate() throws {
        if !(confidence > 0 && confidence < 1) {
            throw ValidationError("--confidence must be between 0 and 1 (exclusive), got \(confidence).")
        }
        if maxDiagnostics < 0 { throw ValidationError("--max-diagnostics must be 0 or more.") }
    }
}
