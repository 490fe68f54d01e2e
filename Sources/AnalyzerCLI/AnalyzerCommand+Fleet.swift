import OverheadAnalysis
import OverheadFormat
import OverheadReports

extension AnalyzerCommand {
    /// Loads every recording (each with its perf log), pools them and writes the reports. A
    /// recording that cannot be read or analysed stops the run with exit 2, as in `compare`;
    /// malformed lines are skipped with their file:line, as in every mode.
    func runFleet(_ args: FleetArguments) -> ExitStatus {
        let named = Dictionary(
            args.perfLogs.compactMap(PerfLogPairing.parse).map { ($0.results, $0.perfLog) }, uniquingKeysWith: { $1 })
        var recordings: [Recording] = []
        for file in args.results {
            var perf: [String] = []
            if let given = named[file] {
                perf = [given]
            } else if !args.noPerfLogs, let beside = PerfLogPairing.beside(file), loader.firstLine(of: beside) != nil {
                perf = [beside]
            }
            guard
                let recording = load(
                    [file], perfLogs: perf, strict: args.shared.strict, maxDiagnostics: args.shared.maxDiagnostics)
            else { return .inputError }
            recordings.append(recording)
        }
        let fleet: FleetAnalysis
        do {
            fleet = try FleetAnalyzer.analyze(recordings, options: args.analysisOptions)
        } catch {
            fail("\(error)")
            return .inputError
        }
        var options = ReportOptions(
            color: args.shared.color.enabled(isTerminal: console.isTerminal),
            inconclusivePolicy: args.inconclusive.policy, templatesDirectory: args.templates,
            summaryOnly: args.summary)
        options.junitSkippedMessage = !args.junitPlainSkipped
        let files =
            [
                ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
                ReportFile(path: args.junit, renderer: reports.junit, format: "JUnit"),
                ReportFile(path: args.html, renderer: reports.html, format: "HTML"),
            ] + exportFiles(args.export.requests)
        let render = { [options] (r: any ReportRenderer) in try r.render(fleet, options: options) }
        guard emit(files: files, render) else { return .inputError }
        if !args.export.noStepSummary { appendStepSummary(render) }
        return ExitStatus.of(fleet.criteria, policy: args.inconclusive.policy)
    }
}
