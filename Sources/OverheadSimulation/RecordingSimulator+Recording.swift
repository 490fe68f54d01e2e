import OverheadFormat

extension RecordingSimulator {
    /// The simulated run as the analyzer sees a parsed results file: non-warm-up samples per
    /// series (with run and iteration columns), block plans, window marks, and the manifest.
    public func recording() -> Recording {
        var rec = Recording()
        rec.manifest = manifest()
        var recordsRead = 1
        let slots = Self.slots(tests: configuration.tests)
        // Per agent count, one column set per slot; turned into keyed series at the end.
        var columns: [Int: [SeriesSamples]] = [:]
        var current = [SeriesSamples](repeating: SeriesSamples(), count: slots.count)
        var currentAgents: Int?
        simulate(
            event: { e in
                recordsRead += 1
                if e.warmup {
                    rec.warmupSamples += 1
                    return
                }
                if e.agentCount != currentAgents {
                    if let n = currentAgents { columns[n] = current }
                    current = columns[e.agentCount] ?? [SeriesSamples](repeating: SeriesSamples(), count: slots.count)
                    currentAgents = e.agentCount
                }
                current[e.slot].append(elapsedMs: e.elapsedMs, run: e.run, iteration: e.iteration)
            },
            marker: { m in
                recordsRead += 1
                switch m {
                case .block(let plan): rec.blocks.append(plan)
                case .window(let event, let test, let n, let run, let warmup, let time):
                    rec.windows.append(
                        WindowMark(
                            event: event, timestamp: Self.isoTimestamp(time), unixTime: time,
                            testName: test.rawValue, agentCount: n, run: run, warmup: warmup))
                }
            })
        if let n = currentAgents { columns[n] = current }
        for (n, perSlot) in columns {
            for (i, samples) in perSlot.enumerated() where samples.count > 0 {
                rec.series[SeriesKey(testName: slots[i].0.rawValue, operation: slots[i].1.rawValue, agentCount: n)] =
                    samples
            }
        }
        rec.recordsRead = recordsRead
        return rec
    }

    /// A manifest describing the simulated configuration (host `simulator`).
    public func manifest() -> Manifest {
        let c = configuration
        return Manifest(
            host: HostInfo(
                hostname: "simulator", kernel: "simulated", cpuModel: "simulated", cpuCount: 2,
                memoryMB: 4096, tmpfsMB: 2048),
            config: RunConfiguration(
                iterations: c.iterations, scaleLevels: c.agentCounts, statisticalRuns: c.blocks,
                warmupRuns: c.warmupBlocks, concurrency: 1, sampleIntervalSeconds: 1,
                timeoutSeconds: nil, latencyRegressionThresholdMs: nil, seed: c.seed,
                targetOverheadPercent: 1, confidence: 0.95, untilDecided: false),
            target: TargetInfo(kind: "simulated"),
            startTime: Self.isoTimestamp(c.startUnixTime))
    }
}
