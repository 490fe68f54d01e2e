import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze [analyze] RESULTS.jsonl... [options]`: one recording's analysis and reports.
struct AnalyzeArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a recording (the default subcommand): statistics, attribution, verdicts and reports.",
        discussion: """
            Examples:
              overhead-analyze results.jsonl --perf-log perf.log
              overhead-analyze analyze results.jsonl --perf-log perf.log --json summary.json --inconclusive skip

            Exit codes: 0 every evaluated criterion met; 1 a criterion failed (or was inconclusive under \
            --inconclusive fail); 2 usage or input error; 3 the reports were written but a push \
            (--push-gateway, --influx-write) failed.
            """)

    @OptionGroup var shared: SharedOptions

    @Argument(
        help: ArgumentHelp(
            "Results files (JSON Lines, or the original tool's pretty-printed JSON).", valueName: "results"))
    var results: [String] = []

    @Option(name: .customLong("perf-log"), help: ArgumentHelp("A perf log (repeatable).", valueName: "file"))
    var perfLogs: [String] = []

    @Option(
        help: ArgumentHelp(
            "A profile file (overhead-record --profile): where the time goes inside each layer.", valueName: "file"))
    var profile: String?

    @Flag(help: "Print only the verdict summary on the console (report files are written in full).")
    var summary = false

    @Option(help: ArgumentHelp("Write a JUnit XML report (- for standard output).", valueName: "file"))
    var junit: String?

    @Flag(
        name: .customLong("junit-plain-skipped"),
        help: "Write JUnit <skipped> without a message attribute (for readers validating against jenkins-junit.xsd).")
    var junitPlainSkipped = false

    @Option(help: ArgumentHelp("Write a self-contained HTML report (- for standard output).", valueName: "file"))
    var html: String?

    @Option(
        help: ArgumentHelp(
            "Write a JSON summary with every computed figure (- for standard output).", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("Templates overriding the built-in HTML ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("target-overhead"), help: ArgumentHelp("Total overhead limit, percent.", valueName: "P"))
    var targetOverhead: Double = AnalysisOptions().targetOverheadPercent

    @Option(
        name: .customLong("cpu-limit"), help: ArgumentHelp("Average CPU limit over the run, percent.", valueName: "P"))
    var cpuLimit: Double = AnalysisOptions().cpuLimitPercent

    @Option(
        name: .customLong("memory-slope-limit"), help: ArgumentHelp("Memory growth limit, MB/min.", valueName: "MB"))
    var memorySlopeLimit: Double = AnalysisOptions().memorySlopeLimitMBPerMin

    @Option(name: .customLong("tmpfs-limit"), help: ArgumentHelp("tmpfs peak limit, MB.", valueName: "MB"))
    var tmpfsLimit: Double = AnalysisOptions().tmpfsLimitMB

    @Option(name: .customLong("tmpfs-slope-limit"), help: ArgumentHelp("tmpfs growth limit, MB/min.", valueName: "MB"))
    var tmpfsSlopeLimit: Double = AnalysisOptions().tmpfsSlopeLimitMBPerMin

    @Option(
        name: .customLong("min-growth-span"),
        help: ArgumentHelp(
            "Shortest perf log, in seconds, on which memory and tmpfs growth are judged.", valueName: "S"))
    var minGrowthSpan: Double = AnalysisOptions().minimumGrowthSpanSeconds

    @Option(
        name: .customLong("p95-limit"),
        help: ArgumentHelp("P95 overhead limit (full vs baseline), percent.", valueName: "P"))
    var p95Limit: Double = AnalysisOptions().p95LimitPercent

    @Option(
        name: .customLong("p99-limit"),
        help: ArgumentHelp("P99 overhead limit (full vs baseline), percent.", valueName: "P"))
    var p99Limit: Double = AnalysisOptions().p99LimitPercent

    @Option(help: ArgumentHelp("How an INCONCLUSIVE verdict counts.", valueName: "policy"))
    var inconclusive: InconclusiveChoice = .fail

    @OptionGroup(title: "Exports and pushes")
    var export: ExportOptions

    func validate() throws {
        if results.isEmpty { throw ValidationError("Give at least one results file.") }
        for sub in ["compare", "fleet"] {
            if let i = results.firstIndex(of: sub), i > 0 {
                throw ValidationError(
                    "'\(sub)' is a subcommand and comes first: overhead-analyze \(sub) \(results[..<i].joined(separator: " ")) \(results[(i + 1)...].joined(separator: " "))"
                )
            }
        }
        for (name, value) in [
            ("--target-overhead", targetOverhead), ("--cpu-limit", cpuLimit),
            ("--memory-slope-limit", memorySlopeLimit),
            ("--tmpfs-limit", tmpfsLimit), ("--tmpfs-slope-limit", tmpfsSlopeLimit), ("--p95-limit", p95Limit),
            ("--p99-limit", p99Limit),
        ] where !(value.isFinite && value > 0) {
            throw ValidationError("\(name) must be a positive number, got \(value).")
        }
        if !(minGrowthSpan.isFinite && minGrowthSpan >= 0) {
            throw ValidationError("--min-growth-span must be 0 or more seconds, got \(minGrowthSpan).")
        }
    }

    var analysisOptions: AnalysisOptions {
        AnalysisOptions(
            confidence: shared.confidence, targetOverheadPercent: targetOverhead, cpuLimitPercent: cpuLimit,
            memorySlopeLimitMBPerMin: memorySlopeLimit, tmpfsLimitMB: tmpfsLimit,
            tmpfsSlopeLimitMBPerMin: tmpfsSlopeLimit,
            p95LimitPercent: p95Limit, p99LimitPercent: p99Limit, maxDiagnostics: shared.maxDiagnostics,
            minimumGrowthSpanSeconds: minGrowthSpan)
    }

    var inconclusivePolicy: InconclusivePolicy { inconclusive.policy }
}
