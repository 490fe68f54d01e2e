import ArgumentParser
import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadHistory
import OverheadReports

extension AnalyzerCommand {
    static let historySubcommands: [String: ParsableCommand.Type] = [
        "add": HistoryAddArguments.self, "list": HistoryListArguments.self,
        "baseline": HistoryBaselineArguments.self, "report": HistoryReportArguments.self,
    ]

    /// Adds each results file as one recording (`HistoryStore.add(recording:contentHash:label:now:)`).
    func runHistoryAdd(_ args: HistoryAddArguments) -> ExitStatus {
        let store: HistoryStore
        do {
            store = try HistoryStore(path: args.history.db, create: true)
        } catch {
            return fail(history: error)
        }
        let label = RecordingLabel(commit: args.commit, branch: args.branch, build: args.build)
        for file in args.results {
            let perfLogs = args.perfLog.map { [$0] } ?? []
            guard
                let recording = load(
                    [file], perfLogs: perfLogs, strict: args.strict, maxDiagnostics: AnalysisOptions().maxDiagnostics)
            else { return .inputError }
            let hash: String
            do {
                hash = try ContentHash.of(files: [file] + perfLogs)
            } catch {
                fail("\(file): cannot be read to hash it: \(error.localizedDescription)")
                return .inputError
            }
            do {
                switch try store.add(
                    recording: recording, contentHash: hash, label: label, now: Date().timeIntervalSince1970)
                {
                case .added(let id): console.out("\(file): added as recording \(id)\n")
                case .alreadyStored(let id): console.out("\(file): already in the history as recording \(id)\n")
                }
            } catch {
                return fail(history: error)
            }
        }
        return .success
    }

    func runHistoryList(_ args: HistoryListArguments) -> ExitStatus {
        let list: HistoryList
        do {
            list = try HistoryStore(path: args.history.db, create: false).list(
                options: AnalysisOptions(confidence: args.confidence))
        } catch {
            return fail(history: error)
        }
        let options = ReportOptions(color: args.color.enabled(isTerminal: console.isTerminal))
        let files = [
            ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
            ReportFile(path: args.markdown, renderer: reports.exports[.markdown], format: "Markdown"),
        ]
        let render = { (r: any ReportRenderer) throws -> [UInt8] in
            guard let l = r as? any HistoryListRenderer else {
                throw ReportError.unsupported(format: r.formatName, view: "a history list")
            }
            return try l.render(list, options: options)
        }
        return emit(files: files, render) ? .success : .inputError
    }

    func runHistoryBaselineSet(_ args: HistoryBaselineSetArguments) -> ExitStatus {
        do {
            let store = try HistoryStore(path: args.history.db, create: false)
            try store.setBaseline(args.name, id: args.id, unixTime: Date().timeIntervalSince1970)
            console.out("baseline \(args.name) → recording \(args.id)\n")
            return .success
        } catch {
            return fail(history: error)
        }
    }

    func runHistoryReport(_ args: HistoryReportArguments) -> ExitStatus {
        let report: HistoryReport
        do {
            let store = try HistoryStore(path: args.history.db, create: false)
            let entries = try store.entries(options: AnalysisOptions(confidence: args.confidence))
            report = HistoryAnalysis.report(
                entries, baselines: try store.baselines(), confidence: args.confidence,
                changePoints: args.changePointOptions)
        } catch {
            return fail(history: error)
        }
        let options = ReportOptions(
            color: args.color.enabled(isTerminal: console.isTerminal), templatesDirectory: args.templates)
        let files = [
            ReportFile(path: args.json, renderer: reports.json, format: "JSON"),
            ReportFile(path: args.markdown, renderer: reports.exports[.markdown], format: "Markdown"),
            ReportFile(path: args.html, renderer: reports.html, format: "HTML"),
        ]
        let render = { (r: any ReportRenderer) throws -> [UInt8] in
            guard let h = r as? any HistoryReportRenderer else {
                throw ReportError.unsupported(format: r.formatName, view: "a history")
            }
            return try h.render(report, options: options)
        }
        return emit(files: files, render) ? .success : .inputError
    }

    /// A history error on stderr; its exit code: 2 for what the user asked for that is not there
    /// (an id, a baseline, a bad name), 4 for a history file that cannot be used.
    func fail(history error: any Error) -> ExitStatus {
        fail("\(error)")
        guard let e = error as? HistoryError else { return .inputError }
        switch e {
        case .unknownRecording, .unknownBaseline, .invalidBaselineName: return .inputError
        case .missing, .cannotOpen, .corrupted, .foreign, .newerSchema, .database: return .historyUnusable
        }
    }
}
