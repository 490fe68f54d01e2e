import ArgumentParser

/// `overhead-analyze compare OLD NEW [options]`.
struct CompareArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overhead-analyze compare",
        abstract: "Compare two recordings (e.g. two builds or hosts) series by series.",
        discussion: "Exit codes: 0 no regression beyond --max-regression; 1 such a regression; 2 usage or input error.")

    @Argument(help: ArgumentHelp("The reference results file.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The results file to judge.", valueName: "new"))
    var new: String

    @Option(
        name: .customLong("max-regression"),
        help: ArgumentHelp("Exit 1 when a regression's lower bound exceeds this, percent.", valueName: "P"))
    var maxRegression: Double = 5

    @Option(help: ArgumentHelp("Confidence level of every interval, in (0, 1).", valueName: "C"))
    var confidence: Double = 0.95

    @Option(help: ArgumentHelp("Write the comparison as JSON (- for standard output).", valueName: "file"))
    var json: String?

    @Flag(help: "Treat any malformed line as an input error (exit 2).")
    var strict = false

    @Option(help: ArgumentHelp("Colour on the console: auto, always or never.", valueName: "when"))
    var color: String = ColorChoice.auto.rawValue

    func validate() throws {
        if !(confidence > 0 && confidence < 1) {
            throw ValidationError("--confidence must be between 0 and 1 (exclusive), got \(confidence).")
        }
        if !(maxRegression.isFinite && maxRegression >= 0) {
            throw ValidationError("--max-regression must be 0 or more, got \(maxRegression).")
        }
        if ColorChoice(rawValue: color) == nil {
            throw ValidationError("--color must be auto, always or never, got '\(color)'.")
        }
    }
}
