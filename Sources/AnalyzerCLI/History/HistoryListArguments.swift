import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze history list [--json FILE] [--markdown FILE] [--db FILE]`.
struct HistoryListArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract:
            "List the recordings of the history with their ids, labels, verdicts and total overhead per agent count.")

    @OptionGroup var history: HistoryDatabaseOption

    @Option(help: ArgumentHelp("Confidence level of every interval, in (0, 1).", valueName: "C"))
    var confidence: Double = AnalysisOptions().confidence

    @Option(help: ArgumentHelp("Write the list as JSON (- for standard output).", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Write the list as Markdown (- for standard output).", valueName: "file"))
    var markdown: String?

    @Option(help: ArgumentHelp("Colour on the console.", valueName: "when"))
    var color: ColorChoice = .auto

    func validate() throws {
        if !(confidence > 0 && confidence < 1) {
            throw ValidationError("--confidence must be between 0 and 1 (exclusive), got \(confidence).")
        }
    }
}
