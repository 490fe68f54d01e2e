import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze compare OLD NEW [options]`.
struct CompareArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two recordings (e.g. two builds or hosts) series by series.",
        discussion: """
            Examples:
              overhead-analyze compare main.jsonl branch.jsonl
              overhead-analyze compare old.jsonl new.jsonl --max-regression 2 --json comparison.json

            Exit codes: 0 no regression beyond --max-regression; 1 such a regression; 2 usage or input error.
            """)

    @OptionGroup var shared: SharedOptions

    @Argument(help: ArgumentHelp("The reference results file.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The results file to judge.", valueName: "new"))
    var new: String

    @Option(
        name: .customLong("max-regression"),
        help: ArgumentHelp("Exit 1 when a regression's lower bound exceeds this, percent.", valueName: "P"))
    var maxRegression: Double = 5

    @Option(help: ArgumentHelp("Write the comparison as JSON (- for standard output).", valueName: "file"))
    var json: String?

    @Option(
        help: ArgumentHelp(
            "Write the comparison as JUnit XML (a regression beyond the limit fails; - for standard output).",
            valueName: "file"))
    var junit: String?

    @Option(
        help: ArgumentHelp(
            "Write the comparison as a self-contained HTML page (- for standard output).", valueName: "file"))
    var html: String?

    @OptionGroup(title: "Exports")
    var export: CompareExportOptions

    func validate() throws {
        if !(maxRegression.isFinite && maxRegression >= 0) {
            throw ValidationError("--max-regression must be 0 or more, got \(maxRegression).")
        }
    }
}
