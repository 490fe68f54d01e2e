/// What the recorder sets up before it measures, in an order that leaves the host as it was when
/// any step fails:
///
/// 1. the descriptor budget (refused with exit 2 before anything is touched);
/// 2. the results file and perf log, opened without truncating, without following a link,
///    without blocking on a FIFO, and locked against a second recorder (exit 3);
/// 3. stale bus directories of killed recorders, removed and named on stderr;
/// 4. the private bus directory (exit 3).
///
/// The outputs are truncated only once the targets are open too (`Recorder.run`), so a run that
/// cannot start keeps an earlier recording intact.
enum RecorderStartup {
    struct Prepared {
        let results: LineFile
        let perfLog: LineFile
        let bus: BusDirectory

        /// For a run that stops before measuring: removes output files it created and left empty.
        func abandon() {
            results.removeIfCreatedAndEmpty()
            perfLog.removeIfCreatedAndEmpty()
        }
    }

    enum Outcome {
        case ready(Prepared)
        case refused(exitCode: Int32, message: String)
    }

    /// `note` receives remarks (raised limit, removed stale directories) as whole lines.
    static func prepare(_ config: RecorderConfiguration, note: (String) -> Void) -> Outcome {
        do {
            if let raised = try DescriptorBudget.ensure(config), !config.quiet { note(raised) }
        } catch {
            return .refused(exitCode: RecorderExitCode.usage, message: error.description)
        }
        let results: LineFile
        let perfLog: LineFile
        do {
            results = try LineFile(path: config.resultsPath, truncate: false)
        } catch {
            return .refused(exitCode: RecorderExitCode.ioError, message: error.description)
        }
        do {
            perfLog = try LineFile(path: config.perfLogPath, reserve: 4096, truncate: false)
        } catch {
            results.removeIfCreatedAndEmpty()
            return .refused(exitCode: RecorderExitCode.ioError, message: error.description)
        }
        for message in BusDirectory.removeStale(in: config.busParent) { note(message) }
        do {
            let bus = try BusDirectory(parent: config.busParent)
            return .ready(Prepared(results: results, perfLog: perfLog, bus: bus))
        } catch {
            results.removeIfCreatedAndEmpty()
            perfLog.removeIfCreatedAndEmpty()
            return .refused(exitCode: RecorderExitCode.ioError, message: error.description)
        }
    }
}
