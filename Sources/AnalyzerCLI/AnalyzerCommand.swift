import ArgumentParser
import OverheadAnalysis
import OverheadFormat
import OverheadReports

/// The whole `overhead-analyze` program as a function of its arguments, so tests run it in-process.
public struct AnalyzerCommand {
    public var console: Console
    public var loader: any RecordingLoading
    public var reports: ReportSet
    /// Writes a report file; throws with a message naming the path.
    public var writeFile: (String, [UInt8]) throws -> Void

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
        if arguments.first == "compare" { return runCompare(Array(arguments.dropFirst())).rawValue }
        return runAnalyze(arguments).rawValue
    }

    enum Parsed<A> {
        case arguments(A)
        /// Help was printed (0) or a usage error reported (2).
        case finished(ExitStatus)
    }

    func parse<A: ParsableArguments>(_ type: A.Type, _ arguments: [String]) -> Parsed<A> {
        do {
            return .arguments(try A.parse(arguments))
        } catch {
            if A.exitCode(for: error) == .success {
                console.out(A.fullMessage(for: error, columns: 100) + "\n")
                return .finished(.success)
            }
            console.err(A.fullMessage(for: error, columns: 100) + "\n")
            return .finished(.inputError)
        }
    }

    func runAnalyze(_ arguments: [String]) -> ExitStatus {
        let args: AnalyzeArguments
        switch parse(AnalyzeArguments.self, arguments) {
        case .arguments(let a): args = a
        case .finished(let status): return status
        }
        guard
            let recording = load(
                args.results, perfLogs: args.perfLogs, strict: args.strict, maxDiagnostics: args.maxDiagnostics)
        else {
            return .inputError
        }
        let result: AnalysisResult
        do {
            result = try Analyzer.analyze(recording, options: args.analysisOptions)
        } catch {
            console.err("overhead-analyze: \(error)\n")
            return .inputError
        }
        let options = ReportOptions(
            color: args.colorChoice.enabled(isTerminal: console.isTerminal),
            inconclusivePolicy: args.inconclusivePolicy, templatesDirectory: args.templates)
        let files: [ReportFile] = [
            ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
            ReportFile(path: args.junit, renderer: reports.junit, format: "JUnit"),
            ReportFile(path: args.html, renderer: reports.html, format: "HTML"),
        ]
        guard emit(files: files, { try $0.render(result, options: options) }) else { return .inputError }
        return ExitStatus.of(result.criteria, policy: args.inconclusivePolicy)
    }

    func runCompare(_ arguments: [String]) -> ExitStatus {
        let args: CompareArguments
        switch parse(CompareArguments.self, arguments) {
        case .arguments(let a): args = a
        case .finished(let status): return status
        }
        guard let old = load([args.old], perfLogs: [], strict: args.strict, maxDiagnostics: 20),
            let new = load([args.new], perfLogs: [], strict: args.strict, maxDiagnostics: 20)
        else { return .inputError }
        let result: RecordingComparison
        do {
            result = try Comparator.compare(
                old: old, new: new, maxRegressionPercent: args.maxRegression, confidence: args.confidence)
        } catch {
            console.err("overhead-analyze: \(error)\n")
            return .inputError
        }
        let color = (ColorChoice(rawValue: args.color) ?? .auto).enabled(isTerminal: console.isTerminal)
        let options = ReportOptions(color: color)
        guard
            emit(
                files: [ReportFile(path: args.json, renderer: reports.json, format: "JSON")],
                { try $0.render(result, options: options) })
        else {
            return .inputError
        }
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
            console.err(
                "overhead-analyze: only one report can be written to standard output (-), got "
                    + toStdout.map(\.format).joined(separator: " and ") + "\n")
            return false
        }
        for file in files {
            guard let path = file.path else { continue }
            guard let renderer = file.renderer else {
                console.err("overhead-analyze: the \(file.format) report is not available in this build\n")
                return false
            }
            do {
                try writeFile(path, try render(renderer))
            } catch {
                console.err("overhead-analyze: cannot write the \(file.format) report to \(path): \(error)\n")
                return false
            }
        }
        if toStdout.isEmpty, let renderer = reports.console {
            do {
                console.out(String(decoding: try render(renderer), as: UTF8.self))
            } catch {
                console.err("overhead-analyze: cannot render the console report: \(error)\n")
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
            console.err("overhead-analyze: \(error)\n")
            return nil
        }
        for d in recording.diagnostics.prefix(maxDiagnostics) { console.err("\(d)\n") }
        if recording.skippedLines > 0 {
            let more =
                recording.skippedLines > min(maxDiagnostics, recording.diagnostics.count)
                ? " (first \(min(maxDiagnostics, recording.diagnostics.count)) shown)" : ""
            console.err(
                "overhead-analyze: \(recording.skippedLines) malformed line\(recording.skippedLines == 1 ? "" : "s") skipped\(more)\n"
            )
            if strict {
                console.err("overhead-analyze: --strict: malformed input is an error\n")
                return nil
            }
        }
        if recording.recordsRead == 0 {
            console.err("overhead-analyze: \(files.joined(separator: ", ")): no records found\n")
            return nil
        }
        return recording
    }

    /// Replaces a regular file atomically; writes `-` to stdout and anything else in place (`ReportFileWriter`).
    public static func writeToDisk(_ path: String, _ bytes: [UInt8]) throws {
        try ReportFileWriter.write(bytes, to: path)
    }
}
