import Glibc
import OverheadFormat

/// One recording from a checked configuration: opens the output files, creates the private bus
/// directory (`RecorderStartup`), starts the resource monitor, runs the suite and always cleans
/// up. Returns the exit code (`RecorderExitCode`). `endLeftoverProcesses` (the program, not a
/// test running it in-process) kills whatever the library left running before the bus goes.
enum Recorder {
    static func run(
        _ config: RecorderConfiguration, factory: BusTargetFactory, decide: DecisionRule?,
        progressMode: ProgressReporter.Mode? = nil,
        errors: @escaping (String) -> Void = ProgressReporter.writeToStderr,
        endLeftoverProcesses: Bool = false
    ) -> Int32 {
        func fail(_ message: String) { errors("overhead-record: error: \(message)\n") }

        // Before anything is created: a plan that overfills inboxes measures evictions, not layers.
        let inboxFindings = PlanCheck.inboxFindings(config.run, capacity: factory.inboxCapacity)
        if config.strictPlan, !inboxFindings.isEmpty {
            for finding in inboxFindings { fail("--strict-plan: " + finding) }
            return RecorderExitCode.usage
        }
        if !config.quiet {
            for finding in inboxFindings { errors("overhead-record: warning: \(finding)\n") }
        }

        SignalTrap.install()
        defer { SignalTrap.uninstall() }
        let stop = StopCondition(timeoutSeconds: config.run.timeoutSeconds)
        let started = Timestamp.now()

        let prepared: RecorderStartup.Prepared
        switch RecorderStartup.prepare(config, note: { errors("overhead-record: \($0)\n") }) {
        case .ready(let ready): prepared = ready
        case .refused(let code, let message):
            fail(message)
            return code
        }
        let (results, perfLog, bus) = (prepared.results, prepared.perfLog, prepared.bus)
        defer { if let problem = bus.remove() { fail(problem) } }
        let profileFile: LineFile?
        do {
            profileFile = try config.profile.map { settings throws(RecorderIOError) in
                try LineFile(path: settings.path, reserve: 64 << 10, truncate: false)
            }
        } catch {
            fail(error.description)
            prepared.abandon()
            return RecorderExitCode.ioError
        }
        defer { if endLeftoverProcesses { ProcessReaper.endDescendants(reporting: errors) } }

        var targets: [BusTarget] = []
        defer { for target in targets { target.close() } }
        do {
            for _ in 0..<config.run.concurrency { targets.append(try factory.open(busRoot: bus.path)) }
        } catch {
            fail("cannot open the \(config.target.rawValue) bus target: \(error)")
            prepared.abandon()
            return (error as? ShellTargetError)?.exitCode ?? RecorderExitCode.ioError
        }
        do {
            try results.truncateToEmpty()
            try perfLog.truncateToEmpty()
        } catch {
            fail(error.description)
            return RecorderExitCode.ioError
        }

        let ownFiles =
            [config.resultsPath, config.perfLogPath]
            + factory.ownOutputFiles(drivers: config.run.concurrency)
        let measuringThreads = RecorderThreadsCPU()
        let system = factory.systemUnderTest(
            busRoot: bus.path, targets: targets, configuration: config, measuringThreads: measuringThreads)
        defer { system?.workers?.stopAll() }
        let monitor = ResourceMonitor(
            interval: config.run.sampleIntervalSeconds, busPath: bus.path, log: perfLog,
            outputFiles: ownFiles, system: system, measuringThreads: measuringThreads)
        monitor.start()
        defer { monitor.stop() }

        // The pilot sizes the windows (when no count was given) and the synthetic layer is
        // calibrated before the manifest, which records both.
        var config = config
        let pilot = PlanPilot.secondsPerOperation(targets[0])
        if config.run.iterationsSource == .default, let window = config.minimumWindowMs, let pilot {
            config.run.iterations = PlanPilot.iterations(windowMs: window, secondsPerOperation: pilot)
            config.run.iterationsSource = .pilot
            config.run.minimumWindowMs = window
        }
        var synthetic: SyntheticLayer?
        if let ns = config.run.syntheticLayerNs {
            let layer = SyntheticLayer.calibrated(nanoseconds: ns)
            config.run.syntheticLayerCpuNs = layer.cpuNanoseconds
            synthetic = layer
        }
        let soakAgents = config.run.scaleLevels.max() ?? 1
        let soak =
            config.sut.soakSeconds > 0
            ? SoakInfo(
                seconds: config.sut.soakSeconds, messagesPerSecond: config.sut.soakMessagesPerSecond,
                agentCount: soakAgents, sampleIntervalSeconds: config.sut.soakSampleIntervalSeconds,
                warmupSeconds: SoakRunner.warmupSeconds(system?.workers?.plan ?? [])) : nil
        let manifest = Manifest(
            host: HostProbe.probe(busParent: config.busParent), config: config.run,
            target: factory.info, startTime: started, backgroundWorkers: system?.workers?.plan ?? [], soak: soak,
            sutMemoryMeasure: system?.memoryMeasure)
        results.append(manifest.jsonLine)
        do {
            if let calibration = try factory.calibrate(busRoot: bus.path) { results.append(calibration.jsonLine) }
        } catch {
            fail("calibrating the \(config.target.rawValue) target failed: \(error)")
        }
        do { try results.flush() } catch {
            fail(error.description)
            return RecorderExitCode.ioError
        }

        let windowsPerScale =
            (config.run.warmupRuns + config.run.statisticalRuns) * Workload.tests(config.run).count
        let progress = ProgressReporter(
            mode: progressMode ?? ProgressReporter.mode(quiet: config.quiet),
            totalWindows: windowsPerScale * config.run.scaleLevels.count,
            totalWork: PlanCheck.totalOperations(config.run), emit: errors)
        if let perOperation = pilot {
            progress.pilotSecondsPerOperation = perOperation
            if let finding = PlanCheck.timeFinding(config.run, secondsPerOperation: perOperation) {
                progress.note("warning: " + finding)
            }
        }
        progress.soakSeconds = soak.map { $0.warmupSeconds + $0.seconds } ?? 0
        let runner = SuiteRunner(
            config: config, targets: targets, output: results, resources: monitor.latest, stop: stop,
            decide: decide, progress: progress, synthetic: synthetic, inboxCapacity: factory.inboxCapacity,
            perfLogError: { monitor.writeError })
        runner.background = system?.workers
        let outcome = runner.run()
        if let soak, outcome.stopReason == nil, !stop.shouldStop {
            monitor.setSoak(true, warmup: soak.warmupSeconds > 0, interval: soak.sampleIntervalSeconds)
            let soaked = SoakRunner(
                seconds: soak.seconds, warmupSeconds: soak.warmupSeconds, messagesPerSecond: soak.messagesPerSecond,
                agents: Workload.agentNames(soak.agentCount), target: targets[0], workers: system?.workers,
                stop: stop, progress: progress,
                warmedUp: { monitor.setSoak(true, warmup: false, interval: soak.sampleIntervalSeconds) },
                ending: { monitor.setSoak(false, interval: soak.sampleIntervalSeconds) }
            ).run()
            progress.note(
                "soak: \(soaked.operations) operations, \(soaked.failures) failures in "
                    + "\(ProgressReporter.seconds(soaked.seconds))")
        }
        system?.workers?.stopAll()
        monitor.stop()
        let stopReason = outcome.stopReason ?? stop.reason
        progress.finish()

        if let reason = stopReason {
            let detail = outcome.stopDetail.isEmpty ? defaultDetail(reason, config) : outcome.stopDetail
            results.append(PartialMarker(reason: reason.rawValue, detail: detail, timestamp: Timestamp.now()).jsonLine)
            let flushed = (try? results.flush()) != nil
            if reason == .ioError || reason == .invalidLibraryOutput {
                fail(detail + (flushed ? "" : " (the partial marker could not be written either)"))
                fail("kept \(results.linesWritten) complete records in \(config.resultsPath)")
            } else {
                progress.note(
                    "stopped early (\(reason.rawValue)): \(detail); \(outcome.samples) samples kept in \(config.resultsPath)"
                )
            }
            return reason.exitCode
        }
        var profileFailed = false
        if let settings = config.profile, let profileFile,
            let problem = profile(
                settings, file: profileFile, factory: factory, busRoot: bus.path, stop: stop, progress: progress)
        {
            fail(problem)
            profileFailed = true
        }
        let stderr = factory.libraryStderr(drivers: config.run.concurrency)
        if let stderr {
            progress.note(
                "warning: the library wrote \(stderr.lines) line\(stderr.lines == 1 ? "" : "s") to stderr (see \(stderr.log)); first: "
                    + stderr.first.joined(separator: " | "))
        }
        results.append(
            RunEnd(
                timestamp: Timestamp.now(), samples: outcome.samples, failures: outcome.failures,
                evictions: outcome.evictions, libraryStderr: stderr
            ).jsonLine)
        do { try results.flush() } catch {
            fail(error.description)
            return RecorderExitCode.ioError
        }
        if let error = monitor.writeError {
            fail(error.description)
            return RecorderExitCode.ioError
        }
        if profileFailed { return RecorderExitCode.ioError }
        progress.note("done: \(outcome.samples) samples, \(outcome.failures) failures in \(config.resultsPath)")
        return RecorderExitCode.complete
    }

    private static func defaultDetail(_ reason: StopReason, _ config: RecorderConfiguration) -> String {
        switch reason {
        case .interrupted: return "SIGINT received"
        case .terminated: return "SIGTERM received"
        case .timeout: return "global timeout of \(config.run.timeoutSeconds ?? 0) s reached"
        case .latencyRegression: return "latency above \(config.run.latencyRegressionThresholdMs ?? 0) ms"
        case .ioError: return "I/O error"
        case .invalidLibraryOutput: return "the library reported an invalid value"
        }
    }
}
