import ArgumentParser

/// `overhead-analyze history add|list|baseline|report`: recordings kept over time in one SQLite file.
struct HistoryArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Keep recordings over time: add, list, name baselines, report the overhead and its change points.",
        discussion: """
            Examples:
              overhead-analyze history add results.jsonl --perf-log perf.log --commit abc123 --branch main
              overhead-analyze history list
              overhead-analyze history baseline set release 12
              overhead-analyze history report --html history.html
              overhead-analyze compare --baseline release results.jsonl

            Exit codes: 0 done; 2 usage or input error (an unreadable recording, an unknown id or baseline); \
            4 the history file cannot be opened or created, is damaged, or is not an OverheadBench history.
            """,
        subcommands: [
            HistoryAddArguments.self, HistoryListArguments.self, HistoryBaselineArguments.self,
            HistoryReportArguments.self,
        ])
}
