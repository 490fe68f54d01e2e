import ArgumentParser

/// `overhead-analyze history baseline set NAME ID [--db FILE]`.
struct HistoryBaselineArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline", abstract: "Name recordings as baselines for compare --baseline.",
        subcommands: [HistoryBaselineSetArguments.self])
}

struct HistoryBaselineSetArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Point the baseline NAME at recording ID (history list shows the ids).")

    @OptionGroup var history: HistoryDatabaseOption

    @Argument(help: ArgumentHelp("Baseline name: letters, digits, '.', '_', '-'.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("Recording id.", valueName: "id"))
    var id: Int64
}
