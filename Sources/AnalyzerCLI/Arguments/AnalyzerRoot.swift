import ArgumentParser
import OverheadFormat

/// `overhead-analyze [analyze] RESULTS… | compare OLD NEW`: the program's command tree. `analyze`
/// is the default, so `overhead-analyze results.jsonl` works as it always did.
struct AnalyzerRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overhead-analyze",
        abstract: "Analyse overhead recordings: statistics, attribution, verdicts and reports.",
        discussion: """
            Examples:
              overhead-analyze results.jsonl --perf-log perf.log
              overhead-analyze results.jsonl --perf-log perf.log --html report.html --junit junit.xml
              overhead-analyze compare old.jsonl new.jsonl --max-regression 5

            Exit codes: 0 every evaluated criterion met (compare: no regression beyond --max-regression);
            1 a criterion failed, or was inconclusive under --inconclusive fail (compare: such a regression);
            2 usage or input error.
            """,
        version: Schema.toolVersion,
        subcommands: [AnalyzeArguments.self, CompareArguments.self],
        defaultSubcommand: AnalyzeArguments.self)
}
