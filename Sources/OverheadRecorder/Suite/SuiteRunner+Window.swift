import OverheadFormat
import OverheadStats

extension SuiteRunner {
    /// One test window: set-up, start mark, timed operations, end mark, drain, conservation;
    /// written out with one flush. Returns the per-operation means (ms) of the window.
    func runWindow(
        _ test: TestName, agentCount: Int, run: Int, warmup: Bool,
        values: inout [TestOperation: [Double]]
    ) throws(RecorderIOError) -> [TestOperation: Double] {
        let agents = Workload.agentNames(agentCount)
        let before = counters()
        let threads = targets.count
        do {
            try Workload.prepare(test, agents: agents, target: targets[0])
        } catch {
            let e = OperationError(describing: error)
            if e.noSpace { stopForFullBus(e) }
            if e.invalidLibraryOutput { stopForInvalidLibraryOutput(e) }
            output.append(
                OperationFailure(
                    timestamp: Timestamp.now(), testName: test.rawValue, agentCount: agentCount,
                    operation: "setup", run: run, iteration: 0, elapsedMs: 0, exitCode: e.exitCode,
                    reason: e.reason, stderrTail: e.stderrTail
                ).jsonLine)
            failuresWritten += 1
        }
        let capacity =
            Workload.expectedSamples(test, agents: agentCount, iterations: iterations(test, agentCount)) / threads
            + agentCount + 2
        for b in buffers { b.reset(capacity: capacity) }

        background?.run(layers: test.backgroundLayers, agents: agents)
        let anchor = ClockAnchor.now()
        output.append(
            WindowMark(
                event: .start, timestamp: Timestamp.iso8601(wallNs: anchor.wallNs),
                unixTime: Timestamp.unixSeconds(wallNs: anchor.wallNs), testName: test.rawValue,
                agentCount: agentCount, run: run, warmup: warmup
            ).jsonLine)
        drive(test, agents: agents, agentCount: agentCount, run: run, warmup: warmup)
        let endWall = anchor.wall(atMonotonic: monotonicNanoseconds())

        // Samples in start order (threads interleave), with their wall-clock timestamps.
        var merged = buffers.count == 1 ? buffers[0].samples : buffers.flatMap(\.samples)
        if buffers.count > 1 { merged.sort { $0.startNs < $1.startNs } }
        var sums: [TestOperation: (total: Double, count: Int)] = [:]
        for raw in merged {
            let op = OperationName(code: raw.operation)
            let ms = Double(raw.elapsedNs) / 1e6
            let resources = LatestResources.unpack(raw.resources)
            output.append(
                Sample(
                    timestamp: Timestamp.iso8601(wallNs: anchor.wall(atMonotonic: raw.startNs)),
                    testName: test.rawValue, agentCount: agentCount, operation: op.rawValue, elapsedMs: ms,
                    cpuPercent: resources?.cpuPercent, memoryMB: resources?.memoryMB, run: run,
                    iteration: Int(raw.iteration), warmup: warmup,
                    roundTripMs: raw.roundTripNs > 0 ? Double(raw.roundTripNs) / 1e6 : nil
                ).jsonLine)
            let key = TestOperation(test, op)
            sums[key, default: (0, 0)].total += ms
            sums[key, default: (0, 0)].count += 1
            if !warmup { values[key, default: []].append(ms) }
        }
        samplesWritten += merged.count
        if !warmup, let op = test.pairedOperation, let window = Self.pairedWindow(merged, operation: op) {
            blockPairedPercent[TestOperation(test, op)] = window.percent
        }
        for failure in buffers.flatMap(\.failures).sorted(by: { $0.startNs < $1.startNs }) {
            output.append(
                OperationFailure(
                    timestamp: Timestamp.iso8601(wallNs: anchor.wall(atMonotonic: failure.startNs)),
                    testName: test.rawValue,
                    agentCount: agentCount, operation: OperationName(code: failure.operation).rawValue, run: run,
                    iteration: Int(failure.iteration), elapsedMs: Double(failure.elapsedNs) / 1e6,
                    exitCode: failure.error.exitCode, reason: failure.error.reason, stderrTail: failure.error.stderrTail
                ).jsonLine)
            failuresWritten += 1
            if failure.error.noSpace { stopForFullBus(failure.error) }
            if failure.error.invalidLibraryOutput { stopForInvalidLibraryOutput(failure.error) }
        }
        output.append(
            WindowMark(
                event: .end, timestamp: Timestamp.iso8601(wallNs: endWall),
                unixTime: Timestamp.unixSeconds(wallNs: endWall), testName: test.rawValue,
                agentCount: agentCount, run: run, warmup: warmup
            ).jsonLine)

        // An interrupted window is not drained: the user asked to stop, and the bus is removed anyway.
        if !stop.shouldStop {
            Workload.drain(test, agents: agents, target: targets[0])
            let delta = counters() - before
            evictions += delta.evicted
            output.append(
                Conservation(
                    testName: test.rawValue, agentCount: agentCount, run: run, sent: delta.sent,
                    received: delta.received, drained: delta.drained, evicted: delta.evicted
                ).jsonLine)
        }
        try output.flush()
        return sums.mapValues { $0.total / Double($0.count) }
    }

    /// The timed phases: on the calling thread for one driver, else one thread per driver.
    private func drive(_ test: TestName, agents: [String], agentCount: Int, run: Int, warmup: Bool) {
        let threads = targets.count
        let iterations = self.iterations(test, agentCount)
        let stop = self.stop
        let synthetic = self.synthetic
        let seed = config.run.seed
        let pairSeed = { (thread: Int) in
            BlockOrder.pairSeed(
                seed: seed, agentCount: agentCount, run: run, warmup: warmup, test: test, thread: thread)
        }
        if threads == 1 {
            Workload.drive(
                test, agents: agents, iterations: iterations, thread: 0, threads: 1, target: targets[0],
                buffer: buffers[0], stop: stop, pairSeed: pairSeed(0), synthetic: synthetic)
            Workload.finish(
                test, agents: agents, thread: 0, threads: 1, target: targets[0], buffer: buffers[0], stop: stop)
            return
        }
        WorkerThreads.runAll(
            (0..<threads).map { [targets, buffers] t in
                {
                    Workload.drive(
                        test, agents: agents, iterations: iterations, thread: t, threads: threads, target: targets[t],
                        buffer: buffers[t], stop: stop, pairSeed: pairSeed(t), synthetic: synthetic)
                }
            })
        if Workload.hasFinishPhase(test) {
            WorkerThreads.runAll(
                (0..<threads).map { [targets, buffers] t in
                    {
                        Workload.finish(
                            test, agents: agents, thread: t, threads: threads, target: targets[t], buffer: buffers[t],
                            stop: stop)
                    }
                })
        }
    }

    /// The window's pairs (operation under test and paired send, matched by iteration) reduced
    /// as the analyzer reduces them (`PairedWindowEstimate`).
    static func pairedWindow(_ samples: [RawSample], operation: OperationName) -> PairedWindowEstimate.Window? {
        let treatmentCode = operation.code
        let referenceCode = OperationName.pairedSend.code
        var references: [Int32: Double] = [:]
        for s in samples where s.operation == referenceCode { references[s.iteration] = Double(s.elapsedNs) / 1e6 }
        var t: [Double] = []
        var p: [Double] = []
        var periodic: [Bool] = []
        for s in samples where s.operation == treatmentCode {
            guard let r = references[s.iteration] else { continue }
            t.append(Double(s.elapsedNs) / 1e6)
            p.append(r)
            periodic.append(
                PairedWindowEstimate.isPeriodic(iteration: Int(s.iteration), every: SuiteDesign.healthReportEvery))
        }
        return PairedWindowEstimate.window(treatment: t, reference: p, periodic: periodic)
    }

    private func counters() -> MessageCounters {
        targets.reduce(MessageCounters()) { $0 + $1.counters }
    }
}
