import ArgumentParser
import OverheadHistory

/// `--db FILE`: the history file, declared once for every command that reads or writes one.
struct HistoryDatabaseOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The history file (SQLite; default \(HistoryStore.defaultPath) in the current directory).",
            valueName: "file"))
    var db: String = HistoryStore.defaultPath
}
