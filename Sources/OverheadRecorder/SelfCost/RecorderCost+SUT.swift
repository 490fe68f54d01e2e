import OverheadFormat

extension RecorderCost {
    /// The monitor's share and one reading's cost with the system-under-test accounting on: a
    /// 100-agent embedded bus on `/dev/shm` with a message in every inbox (the bus-directory walk
    /// has files to stat) and the background workers registered.
    static func measureWithSUT(_ report: inout Report, interval: Double, seconds: Double) throws(RecorderIOError) {
        let bus = try BusDirectory(parent: RecorderDefaults.busParent)
        defer { _ = bus.remove() }
        let agents = Workload.agentNames(100)
        let factory = NativeBusTargetFactory()
        guard let target = try? factory.open(busRoot: bus.path) else { return }
        defer { target.close() }
        for (k, agent) in agents.enumerated() {
            try? target.initAgent(agent)
            try? target.send(
                from: agents[(k + 1) % agents.count], to: agent, type: Workload.messageType, payload: Workload.payload)
        }
        let config = RecorderConfiguration(
            run: RunConfiguration(
                iterations: 1, scaleLevels: [agents.count], statisticalRuns: 1, warmupRuns: 0, concurrency: 1,
                sampleIntervalSeconds: interval, timeoutSeconds: nil, latencyRegressionThresholdMs: nil, seed: 1,
                targetOverheadPercent: 1, confidence: 0.95, untilDecided: false),
            resultsPath: "/dev/null", perfLogPath: "/dev/null", busParent: RecorderDefaults.busParent, maxRuns: 1,
            quiet: true, target: .native, libraryDirectory: nil, libraryFiles: [:], callTimeoutSeconds: 1)
        guard
            let system = factory.systemUnderTest(
                busRoot: bus.path, targets: [target], configuration: config, measuringThreads: RecorderThreadsCPU())
        else { return }
        // Long enough for several walks of the bus directory, which is spaced by its own cost.
        report.monitorWithSUTSeconds = max(seconds, 20)
        report.monitorWithSUTCorePercent = try monitorCorePercent(
            interval: interval, seconds: report.monitorWithSUTSeconds, sut: (system, bus.path))
        let storage = BusStorage(root: bus.path, exclude: [BusDirectory.ownerFileName])
        let start = threadCPUNanoseconds()
        for _ in 0..<20 { _ = storage.read() }
        report.busWalkMicroseconds = Double(threadCPUNanoseconds() - start) / 20 / 1000
        report.perReadingWithSUTMicroseconds = perReadingMicroseconds(sut: (system, bus.path))
        report.sutAgents = agents.count
    }
}
