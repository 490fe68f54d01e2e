import ArgumentParser
import OverheadFormat

/// `overhead-analyze [analyze] RESULTS… | compare OLD NEW | fleet RESULTS… | history …`: the program's command tree. `analyze`
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
              overhead-analyze fleet host-a/results.jsonl host-b/results.jsonl host-c/results.jsonl
              overhead-analyze history add results.jsonl --commit abc123 && overhead-analyze history report

            Exit codes: 0 every evaluated criterion met (compare: no regression beyond --max-regression; fleet:
            every evaluated fleet verdict met); 1 a criterion failed, or was inconclusive under --inconclusive
            fail (compare: such a regression; fleet: such a fleet verdict);
            2 usage or input error; 3 the reports were written but a push (--push-gateway, --influx-write) failed;
            4 the history file (--db) cannot be opened, is damaged or is not a history.
            """,
        version: Schema.toolVersion,
        subcommands: [AnalyzeArguments.self, CompareArguments.self, FleetArguments.self, HistoryArguments.self],
        defaultSubcommand: AnalyzeArguments.self)
}
