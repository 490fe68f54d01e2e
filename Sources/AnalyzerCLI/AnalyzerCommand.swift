import ArgumentParser
import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadHistory
import OverheadReports

/// The whole `overhead-analyze` program as a function of its arguments, so tests run it in-process.
public struct AnalyzerCommand {
    public var console: Console
    public var loader: any RecordingLoading
    public var reports: ReportSet
    /// Writes a report file; throws with a message naming the path.
    public var writeFile: (String, [UInt8]) throws -> Void
    /// The process environment (`GITHUB_STEP_SUMMARY`, `OVERHEAD_PUSH_TOKEN`).
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Sends the pushes; `sleep` waits between retries.
    public var transport: any HTTPTransport = URLSessionTransport()
    public var sleep: (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }

    public init(
        console: Console, loader: any RecordingLoading, reports: ReportSet,
        writeFile: @escaping (String, [UInt8]) throws -> Void = AnalyzerCommand.writeToDisk
    ) {
        self.console = console
        self.loader = loader
        self.reports = reports
        self.writeFile = writeFile
    }

    /// Runs with `arguments` (without the program name) and returns the exit code.
    public func run(arguments: [String]) -> Int32 {
        if let help = helpRequested(arguments) {
            console.out(help + "\n")
            return ExitStatus.success.rawValue
        }
        let command: ParsableCommand
        do {
            command = try AnalyzerRoot.parseAsRoot(arguments)
        } catch {
            return report(parseError: error).rawValue
        }
        switch command {
        case let analyze as AnalyzeArguments: return runAnalyze(analyze).rawValue
        case let compare as CompareArguments: return runCompare(compare).rawValue
        case let fleet as FleetArguments: return runFleet(fleet).rawValue
        case let add as HistoryAddArguments: return runHistoryAdd(add).rawValue
        case let list as HistoryListArguments: return runHistoryList(list).rawValue
        case let set as HistoryBaselineSetArguments: return runHistoryBaselineSet(set).rawValue
        case let report as HistoryReportArguments: return runHistoryReport(report).rawValue
        case is HistoryArguments, is HistoryBaselineArguments:
            console.out(AnalyzerRoot.helpMessage(for: type(of: command), columns: 100) + "\n")
            return ExitStatus.success.rawValue
        default:
            // The root itself has no work of its own: it only dispatches.
            console.out(AnalyzerRoot.helpMessage(columns: 100) + "\n")
            return ExitStatus.success.rawValue
        }
    }

    /// The help text `arguments` ask for (`-h`, `--help`, `help [SUBCOMMAND]`), for the subcommand
    /// they name or imply: a subcommand's own help, the root's when none is named or implied.
    func helpRequested(_ arguments: [String]) -> String? {
        let subcommands: [String: ParsableCommand.Type] = [
            AnalyzeArguments.configuration.commandName!: AnalyzeArguments.self,
            CompareArguments.configuration.commandName!: CompareArguments.self,
            FleetArguments.configuration.commandName!: FleetArguments.self,
            HistoryArguments.configuration.commandName!: HistoryArguments.self,
        ]
        let asked: Bool
        var words = arguments
        if words.first == "help" {
            asked = true
            words.removeFirst()
        } else {
            asked = words.contains("-h") || words.contains("--help")
            words.removeAll { $0 == "-h" || $0 == "--help" }
        }
        guard asked else { return nil }
        if let first = words.first, let sub = subcommands[first] {
            if sub == HistoryArguments.self, words.count > 1, let leaf = Self.historySubcommands[words[1]] {
                if leaf == HistoryBaselineArguments.self, words.count > 2, words[2] == "set" {
                    return AnalyzerRoot.helpMessage(for: HistoryBaselineSetArguments.self, columns: 100)
                }
                return AnalyzerRoot.helpMessage(for: leaf, columns: 100)
            }
            return AnalyzerRoot.helpMessage(for: sub, columns: 100)
        }
        return words.isEmpty
            ? AnalyzerRoot.helpMessage(columns: 100)
            : AnalyzerRoot.helpMessage(for: AnalyzeArguments.self, columns: 100)
    }

    /// Help and `--version` go to stdout (exit 0); a usage error goes to stderr in the tools' one
    /// error style, `overhead-analyze: error: …`, with the usage of the subcommand concerned (exit 2).
    func report(parseError error: Error) -> ExitStatus {
        if AnalyzerRoot.exitCode(for: error) == .success {
            console.out(AnalyzerRoot.fullMessage(for: error, columns: 100) + "\n")
            return .success
        }
        var text = AnalyzerRoot.fullMessage(for: error, columns: 100)
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        console.err("overhead-analyze: error: " + text + "\n")
        return .inputError
    }

    func runAnalyze(_ args: AnalyzeArguments) -> ExitStatus {
        guard
            let recording = load(
                args.results, perfLogs: args.perfLogs, strict: args.shared.strict,
                maxDiagnostics: args.shared.maxDiagnostics)
        else {
            return .inputError
        }
        var result: AnalysisResult
        do {
            result = try Analyzer.analyze(recording, options: args.analysisOptions)
        } catch {
            fail("\(error)")
            return .inputError
        }
        if let path = args.profile {
            guard
                let profile = loadProfile(path, strict: args.shared.strict, maxDiagnostics: args.shared.maxDiagnostics)
            else { return .inputError }
            result = ProfileAnalysis.attach(profile, to: result)
        }
        var options = ReportOptions(
            color: args.shared.color.enabled(isTerminal: console.isTerminal),
            inconclusivePolicy: args.inconclusivePolicy, templatesDirectory: args.templates,
            summaryOnly: args.summary)
        options.junitSkippedMessage = !args.junitPlainSkipped
        let files: [ReportFile] =
            [
                ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
                ReportFile(path: args.junit, renderer: reports.junit, format: "JUnit"),
                ReportFile(path: args.html, renderer: reports.html, format: "HTML"),
            ] + exportFiles(args.export.requests)
        let render = { [options] (r: any ReportRenderer) in try r.render(result, options: options) }
        guard let pushes = pushes(args.export, result: result, options: options),
            emit(files: files, render)
        else { return .inputError }
        let failed = finishExports(
            annotations: args.export.githubAnnotations, stepSummary: !args.export.noStepSummary, pushes: pushes,
            policy: args.export.policy, render)
        return failed ?? ExitStatus.of(result.criteria, policy: args.inconclusivePolicy)
    }

    func runCompare(_ args: CompareArguments) -> ExitStatus {
        let strict = args.shared.strict
        let most = args.shared.maxDiagnostics
        let result: RecordingComparison
        if let baseline = args.baseline {
            guard let new = load([args.files[0]], perfLogs: [], strict: strict, maxDiagnostics: most) else {
                return .inputError
            }
            let digest: RecordingDigest
            do {
                let store = try HistoryStore(path: args.history.db, create: false)
                digest = try store.digest(id: try store.baseline(baseline))
            } catch {
                return fail(history: error)
            }
            do {
                result = try Comparator.compare(
                    old: digest, new: new, maxRegressionPercent: args.maxRegression,
                    confidence: args.shared.confidence)
            } catch {
                fail("\(error)")
                return .inputError
            }
        } else {
            guard let old = load([args.files[0]], perfLogs: [], strict: strict, maxDiagnostics: most),
                let new = load([args.files[1]], perfLogs: [], strict: strict, maxDiagnostics: most)
            else { return .inputError }
            do {
                result = try Comparator.compare(
                    old: old, new: new, maxRegressionPercent: args.maxRegression, confidence: args.shared.confidence)
            } catch {
                fail("\(error)")
                return .inputError
            }
        }
        let color = args.shared.color.enabled(isTerminal: console.isTerminal)
        let options = ReportOptions(color: color)
        let files =
            [
                ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
                ReportFile(path: args.junit, renderer: reports.junit, format: "JUnit"),
                ReportFile(path: args.html, renderer: reports.html, format: "HTML"),
            ] + exportFiles(args.export.requests)
        let render = { (r: any ReportRenderer) in try r.render(result, options: options) }
        guard emit(files: files, render) else { return .inputError }
        _ = finishExports(
            annotations: args.export.githubAnnotations, stepSummary: !args.export.noStepSummary, pushes: [],
            policy: PushPolicy(), render)
        return result.regressionsBeyondLimit.isEmpty ? .success : .criterionFailed
    }

    /// A report file asked for on the command line (`path` nil when not asked for).
    struct ReportFile {
        var path: String?
        var renderer: (any ReportRenderer)?
        var format: String
    }

    /// Writes each requested report file, then the console report, all rendered by `render`;
    /// false (with the reason on stderr) when one cannot be rendered or written. A report asked for
    /// as `-` (or as a path that is stdout already, e.g. /dev/stdout) goes to stdout instead of the
    /// console report; only one may.
    func emit(files: [ReportFile], _ render: (any ReportRenderer) throws -> [UInt8]) -> Bool {
        let toStdout = files.filter { $0.path.map { ReportFileWriter.destination(of: $0) == .standardOutput } ?? false }
        guard toStdout.count <= 1 else {
            fail(
                "only one report can be written to standard output (-), got "
                    + toStdout.map(\.format).joined(separator: " and "))
            return false
        }
        for file in files {
            guard let path = file.path else { continue }
            guard let renderer = file.renderer else {
                fail("the \(file.format) report is not available in this build")
                return false
            }
            do {
                try writeFile(path, try render(renderer))
            } catch {
                fail("cannot write the \(file.format) report to \(path): \(error)")
                return false
            }
        }
        if toStdout.isEmpty, let renderer = reports.console {
            do {
                console.out(String(decoding: try render(renderer), as: UTF8.self))
            } catch {
                fail("cannot render the console report: \(error)")
                return false
            }
        }
        return true
    }

    /// Loads, prints the first diagnostics to stderr, and applies `--strict` and the empty-input rule.
    func load(_ files: [String], perfLogs: [String], strict: Bool, maxDiagnostics: Int) -> Recording? {
        let recording: Recording
        do {
            recording = try loader.load(
                resultsFiles: files, perfLogs: perfLogs, strict: strict, maxDiagnostics: maxDiagnostics)
        } catch {
            fail("\(error)")
            hintPerfLogs(among: files)
            return nil
        }
        for d in recording.diagnostics.prefix(maxDiagnostics) { console.err("\(d)\n") }
        if recording.skippedLines > 0 {
            let more =
                recording.skippedLines > min(maxDiagnostics, recording.diagnostics.count)
                ? " (first \(min(maxDiagnostics, recording.diagnostics.count)) shown)" : ""
            let count = "\(recording.skippedLines) malformed line\(recording.skippedLines == 1 ? "" : "s")"
            if strict {
                fail("\(count) skipped\(more); --strict makes malformed input an error")
                return nil
            }
            warn("\(count) skipped\(more)")
        }
        if recording.recordsRead == 0 {
            fail("\(files.joined(separator: ", ")): no records found")
            hintPerfLogs(among: files)
            return nil
        }
        return recording
    }

    /// The tools' one error style: `overhead-analyze: error: …` on stderr.
    func fail(_ message: String) { console.err("overhead-analyze: error: \(message)\n") }

    func warn(_ message: String) { console.err("overhead-analyze: warning: \(message)\n") }

    /// A perf log given as a results file is the commonest slip: say so instead of leaving a JSON error.
    func hintPerfLogs(among files: [String]) {
        for file in files {
            guard let line = loader.firstLine(of: file), PerfLogParser.looksLikePerfLog(firstLine: line) else {
                continue
            }
            console.err("overhead-analyze: hint: \(file) is a perf log; give it with --perf-log \(file)\n")
        }
    }

    /// Replaces a regular file atomically; writes `-` to stdout and anything else in place (`ReportFileWriter`).
    public static func writeToDisk(_ path: String, _ bytes: [UInt8]) throws {
        try ReportFileWriter.write(bytes, to: path)
    }
}
