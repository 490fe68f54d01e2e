import ArgumentParser

/// `overhead-analyze history add RESULTS... [--perf-log FILE] [--commit …] [--db FILE]`.
struct HistoryAddArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add recordings to the history (each results file is one recording; the same content is kept once).")

    @OptionGroup var history: HistoryDatabaseOption

    @Argument(help: ArgumentHelp("Results files, one recording each.", valueName: "results"))
    var results: [String] = []

    @Option(
        name: .customLong("perf-log"),
        help: ArgumentHelp("The perf log of the one results file given (for its resource verdicts).", valueName: "file")
    )
    var perfLog: String?

    @Option(help: ArgumentHelp("The commit the recording measured.", valueName: "id"))
    var commit: String?

    @Option(help: ArgumentHelp("The branch the recording measured.", valueName: "name"))
    var branch: String?

    @Option(help: ArgumentHelp("The build (CI run, version) the recording measured.", valueName: "id"))
    var build: String?

    @Flag(help: "Treat any malformed line as an input error (exit 2).")
    var strict = false

    func validate() throws {
        if results.isEmpty { throw ValidationError("Give at least one results file.") }
        if perfLog != nil && results.count != 1 {
            throw ValidationError("--perf-log belongs to one recording: give one results file with it.")
        }
        for (name, value) in [("--commit", commit), ("--branch", branch), ("--build", build)] {
            if let value, value.isEmpty || value.count > 200 || value.contains(where: \.isNewline) {
                throw ValidationError("\(name) must be 1 to 200 characters on one line.")
            }
        }
    }
}
