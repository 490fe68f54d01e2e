import ArgumentParser

/// `overhead-analyze history list [--db FILE]`.
struct HistoryListArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the recordings of the history with their ids, labels and verdicts.")

    @OptionGroup var history: HistoryDatabaseOption
}
