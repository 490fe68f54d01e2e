import ArgumentParser
import OverheadAnalysis

/// `overhead-analyze RESULTS.jsonl... [options]`.
struct AnalyzeArguments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overhead-analyze",
        abstract: "Analyse overhead recordings: statistics, attribution, verdicts and reports.",
        discussion: """
            Exit codes: 0 every evaluated criterion met; 1 a criterion failed (or was inconclusive under \
            --inconclusive fail), or compare found a regression beyond --max-regression; 2 usage or input error.
            Compare two recordings: overhead-analyze compare OLD.jsonl NEW.jsonl [--max-regression P].
            """)

    @Argument(
        help: ArgumentHelp(
            "Results files (JSON Lines, or the original tool's pretty-printed JSON).", valueName: "results"))
    var results: [String] = []

    @Option(name: .customLong("perf-log"), help: ArgumentHelp("A perf log (repeatable).", valueName: "file"))
    var perfLogs: [String] = []

    @Flag(help: "Treat any malformed line as an input error (exit 2).")
    var strict = false

    @Option(help: ArgumentHelp("Write a JUnit XML report (- for standard output).", valueName: "file"))
    var junit: String?

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

    @Option(help: ArgumentHelp("Confidence level of every interval, in (0, 1).", valueName: "C"))
    var confidence: Double = AnalysisOptions().confidence

    @Option(help: ArgumentHelp("How an INCONCLUSIVE verdict counts: fail, pass or skip.", valueName: "policy"))
    var inconclusive: String = InconclusivePolicy.fail.rawValue

    @Option(help: ArgumentHelp("Colour on the console: auto, always or never.", valueName: "when"))
    var color: String = ColorChoice.auto.rawValue

    @Option(
        name: .customLong("max-diagnostics"), help: ArgumentHelp("Malformed lines listed on stderr.", valueName: "N"))
    var maxDiagnostics: Int = 20

    func validate() throws {
        if results.isEmpty { throw ValidationError("Give at least one results file.") }
        if !(confidence > 0 && confidence < 1) {
            throw ValidationError("--confidence must be between 0 and 1 (exclusive), got \(confidence).")
        }
        if InconclusivePolicy(rawValue: inconclusive) == nil {
            throw ValidationError("--inconclusive must be fail, pass or skip, got '\(inconclusive)'.")
        }
        if ColorChoice(rawValue: color) == nil {
            throw ValidationError("--color must be auto, always or never, got '\(color)'.")
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
        if maxDiagnostics < 0 { throw ValidationError("--max-diagnostics must be 0 or more.") }
    }

    var analysisOptions: AnalysisOptions {
        AnalysisOptions(
            confidence: confidence, targetOverheadPercent: targetOverhead, cpuLimitPercent: cpuLimit,
            memorySlopeLimitMBPerMin: memorySlopeLimit, tmpfsLimitMB: tmpfsLimit,
            tmpfsSlopeLimitMBPerMin: tmpfsSlopeLimit,
            p95LimitPercent: p95Limit, p99LimitPercent: p99Limit, maxDiagnostics: maxDiagnostics,
            minimumGrowthSpanSeconds: minGrowthSpan)
    }

    var inconclusivePolicy: InconclusivePolicy { InconclusivePolicy(rawValue: inconclusive) ?? .fail }
    var colorChoice: ColorChoice { ColorChoice(rawValue: color) ?? .auto }
}

enum ColorChoice: String {
    case auto, always, never

    func enabled(isTerminal: Bool) -> Bool {
        switch self {
        case .auto: return isTerminal
        case .always: return true
        case .never: return false
        }
    }
}
