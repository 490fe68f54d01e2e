import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze fleet RESULTS... [options]`: one recording per host, pooled.
struct FleetArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "Pool recordings from many hosts: per-host overhead, fleet estimate, spread, odd hosts.",
        discussion: """
            Each results file is one host's recording; the perf log beside it (perf.log beside \
            results.jsonl, NAME-perf.log beside NAME-results.jsonl) is read with it, as if given to \
            analyze with --perf-log, unless --perf-log RESULTS=PERF names another.

            Examples:
              overhead-analyze fleet host-*/results.jsonl
              overhead-analyze fleet a/results.jsonl b/results.jsonl c/results.jsonl --html fleet.html --json fleet.json

            Exit codes: 0 every evaluated fleet verdict met; 1 a verdict failed (or was inconclusive under \
            --inconclusive fail); 2 usage or input error (an unreadable or empty recording, one without a \
            baseline, --strict with a malformed line).
            """)

    @OptionGroup var shared: SharedOptions

    @Argument(help: ArgumentHelp("One results file per host.", valueName: "results"))
    var results: [String] = []

    @Option(
        name: .customLong("perf-log"),
        help: ArgumentHelp(
            "The perf log of one results file, if not the one beside it (repeatable).", valueName: "RESULTS=PERF"))
    var perfLogs: [String] = []

    @Flag(name: .customLong("no-perf-logs"), help: "Do not look for perf logs beside the results files.")
    var noPerfLogs = false

    @Flag(help: "Print only the verdict summary on the console (report files are written in full).")
    var summary = false

    @Option(help: ArgumentHelp("Write the fleet as JSON (- for standard output).", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Write the fleet verdicts as JUnit XML (- for standard output).", valueName: "file"))
    var junit: String?

    @Flag(
        name: .customLong("junit-plain-skipped"),
        help: "Write JUnit <skipped> without a message attribute (for readers validating against jenkins-junit.xsd).")
    var junitPlainSkipped = false

    @Option(
        help: ArgumentHelp(
            "Write a self-contained HTML page with a forest plot (- for standard output).", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Templates overriding the built-in HTML ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("target-overhead"), help: ArgumentHelp("Total overhead limit, percent.", valueName: "P"))
    var targetOverhead: Double = AnalysisOptions().targetOverheadPercent

    @Option(help: ArgumentHelp("How an INCONCLUSIVE verdict counts.", valueName: "policy"))
    var inconclusive: InconclusiveChoice = .fail

    @OptionGroup(title: "Exports")
    var export: FleetExportOptions

    func validate() throws {
        if results.isEmpty { throw ValidationError("Give at least one results file.") }
        if !(targetOverhead.isFinite && targetOverhead > 0) {
            throw ValidationError("--target-overhead must be a positive number, got \(targetOverhead).")
        }
        for text in perfLogs {
            guard let pair = PerfLogPairing.parse(text) else {
                throw ValidationError("--perf-log takes RESULTS=PERF, got '\(text)'.")
            }
            if !results.contains(pair.results) {
                throw ValidationError("--perf-log \(text): \(pair.results) is not one of the results files given.")
            }
        }
        if noPerfLogs, !perfLogs.isEmpty {
            throw ValidationError("--no-perf-logs and --perf-log contradict each other.")
        }
    }

    var analysisOptions: AnalysisOptions {
        AnalysisOptions(
            confidence: shared.confidence, targetOverheadPercent: targetOverhead,
            maxDiagnostics: shared.maxDiagnostics)
    }
}
