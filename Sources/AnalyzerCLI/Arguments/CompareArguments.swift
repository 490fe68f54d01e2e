import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze compare OLD NEW [options]`, or `compare --baseline NAME NEW`.
struct CompareArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two recordings (e.g. two builds or hosts) series by series.",
        discussion: """
            Examples:
              overhead-analyze compare main.jsonl branch.jsonl
              overhead-analyze compare old.jsonl new.jsonl --max-regression 2 --json comparison.json
              overhead-analyze compare --baseline release new.jsonl --db history.sqlite

            Exit codes: 0 no regression beyond --max-regression; 1 such a regression; 2 usage or input error \
            (an unknown baseline among them); 4 the history (--db) cannot be opened or is damaged.
            """)

    @OptionGroup var shared: SharedOptions

    @Argument(
        help: ArgumentHelp(
            "The reference results file, then the results file to judge (only the latter with --baseline).",
            valueName: "old new"))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "Compare against the recording this baseline names in the history (history baseline set).",
            valueName: "name"))
    var baseline: String?

    @OptionGroup var history: HistoryDatabaseOption

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
        if baseline != nil && files.count != 1 {
            throw ValidationError("With --baseline give one results file, the one to judge (got \(files.count)).")
        }
        if baseline == nil && files.count != 2 {
            throw ValidationError(
                "Give two results files, OLD and NEW, or --baseline NAME and one (got \(files.count)).")
        }
        if !(maxRegression.isFinite && maxRegression >= 0) {
            throw ValidationError("--max-regression must be 0 or more, got \(maxRegression).")
        }
    }
}
