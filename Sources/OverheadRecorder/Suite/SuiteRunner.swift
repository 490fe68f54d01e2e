import OverheadFormat
import OverheadStats

/// Runs the suite: per scale, warm-up blocks then measured blocks, each block every test once in
/// a seeded random order, each test in its own window; writes every record of the run after
/// the manifest (blocks, windows, samples, failures, conservation, statistics, decisions).
final class SuiteRunner {
    struct Outcome: Sendable {
        /// nil when every planned block ran.
        var stopReason: StopReason?
        var stopDetail: String
        var ioError: RecorderIOError?
        var samples: Int
        var failures: Int
        var evictions: Int
    }

    let config: RecorderConfiguration
    let targets: [BusTarget]
    let output: LineFile
    let stop: StopCondition
    private let decide: DecisionRule?
    private let progress: ProgressReporter
    /// Checked after each window: an error writing the perf log stops the run as an I/O error.
    private let perfLogError: () -> RecorderIOError?
    let buffers: [SampleBuffer]
    /// `--synthetic-layer-ns`, calibrated.
    let synthetic: SyntheticLayer?
    let inboxCapacity: Int
    /// The tests of every block.
    let tests: [TestName]

    private var stopDetail = ""
    /// The system under test's background workers, run for the windows whose layers they belong to.
    var background: BackgroundWorkers?
    /// The current block's paired windows: overhead in percent by treatment series.
    var blockPairedPercent: [TestOperation: Double] = [:]
    var samplesWritten = 0
    var failuresWritten = 0
    var evictions = 0

    init(
        config: RecorderConfiguration, targets: [BusTarget], output: LineFile, resources: LatestResources,
        stop: StopCondition, decide: DecisionRule?, progress: ProgressReporter, synthetic: SyntheticLayer? = nil,
        inboxCapacity: Int = RecorderDefaults.inboxCapacity, perfLogError: @escaping () -> RecorderIOError? = { nil }
    ) {
        self.synthetic = synthetic
        self.inboxCapacity = inboxCapacity
        tests = Workload.tests(config.run)
        precondition(!targets.isEmpty)
        self.config = config
        self.targets = targets
        self.output = output
        self.stop = stop
        self.decide = decide
        self.progress = progress
        self.perfLogError = perfLogError
        let perThread = 2 * config.run.iterations / targets.count + 2 * (config.run.scaleLevels.max() ?? 1) + 16
        buffers = targets.map { SampleBuffer(capacity: perThread, resources: resources, target: $0) }
    }

    func run() -> Outcome {
        var ioError: RecorderIOError?
        do {
            for agentCount in config.run.scaleLevels {
                try runScale(agentCount: agentCount)
                if stop.reason != nil { break }
            }
        } catch {
            ioError = error
            stop.request(.ioError)
            stopDetail = error.description
        }
        background?.stopAll()
        return Outcome(
            stopReason: stop.reason, stopDetail: stopDetail, ioError: ioError, samples: samplesWritten,
            failures: failuresWritten, evictions: evictions)
    }

    /// A full bus file system ends the run as an I/O error (exit 3) after the current window:
    /// what was measured is kept, and the reason names the file system.
    func stopForFullBus(_ error: OperationError) {
        guard stop.reason == nil else { return }
        stopDetail = "the bus file system is full (\(config.busParent)): \(error.reason)"
        stop.request(.ioError)
    }

    /// A library that reports an invalid value (an eviction count beyond 2^63−1 or below 0) ends
    /// the run after the current window with exit 2: its counts cannot be trusted any more.
    func stopForInvalidLibraryOutput(_ error: OperationError) {
        guard stop.reason == nil else { return }
        stopDetail = error.reason
        stop.request(.invalidLibraryOutput)
    }

    // MARK: - Scale

    private func runScale(agentCount: Int) throws(RecorderIOError) {
        var values: [TestOperation: [Double]] = [:]
        for w in stride(from: 1, through: config.run.warmupRuns, by: 1) {
            _ = try runBlock(agentCount: agentCount, run: w, warmup: true, values: &values)
            if stop.reason != nil { return try finishScale(agentCount, values: values, decision: nil) }
        }

        var series: [OverheadComponent: (baseline: [Double], treatment: [Double])] = [:]
        var windowPercents: [OverheadComponent: [Double]] = [:]
        var decision: Decision?
        let scaleStart = monotonicNanoseconds()
        let budget = scaleBudgetNs(agentCount: agentCount, startNs: scaleStart)
        var run = 0
        while true {
            run += 1
            let blockStart = monotonicNanoseconds()
            let means = try runBlock(agentCount: agentCount, run: run, warmup: false, values: &values)
            if stop.reason != nil { break }
            for c in OverheadComponent.measured(by: tests) {
                if let p = blockPairedPercent[c.treatment] { windowPercents[c, default: []].append(p) }
                guard let b = means[SuiteDesign.baselineSend], let t = means[c.treatment] else { continue }
                series[c, default: ([], [])].baseline.append(b)
                series[c, default: ([], [])].treatment.append(t)
            }
            if run < config.run.statisticalRuns { continue }
            guard config.run.untilDecided else { break }

            let verdicts = currentVerdicts(series, windowPercents: windowPercents)
            let summary = OverheadComponent.measured(by: tests).enumerated().map { index, criterion in
                "\(criterion.rawValue)=\(verdicts?[index].rawValue ?? "undecidable")"
            }.joined(separator: " ")
            let now = monotonicNanoseconds()
            let blockNs = now - blockStart
            if let verdicts, verdicts.allSatisfy({ $0 != .inconclusive }) {
                decision = makeDecision(agentCount, blocks: run, decided: true, "every criterion decided: \(summary)")
            } else if run >= config.maxRuns {
                decision = makeDecision(
                    agentCount, blocks: run, decided: false, "max runs (\(config.maxRuns)) reached: \(summary)")
            } else if let budget, now - scaleStart + blockNs > budget {
                decision = makeDecision(agentCount, blocks: run, decided: false, "time budget spent: \(summary)")
            }
            if decision != nil { break }
        }
        try finishScale(agentCount, values: values, decision: decision)
    }

    /// With `--until-decided` and a timeout: the time left, shared equally by the scales still to run.
    private func scaleBudgetNs(agentCount: Int, startNs: UInt64) -> UInt64? {
        guard stop.deadlineNs != 0, let index = config.run.scaleLevels.firstIndex(of: agentCount) else { return nil }
        let left = stop.deadlineNs > startNs ? stop.deadlineNs - startNs : 0
        return left / UInt64(config.run.scaleLevels.count - index)
    }

    private func currentVerdicts(
        _ series: [OverheadComponent: (baseline: [Double], treatment: [Double])],
        windowPercents: [OverheadComponent: [Double]]
    ) -> [CriterionVerdict]? {
        guard let decide else { return nil }
        let input = OverheadComponent.measured(by: tests).map {
            CriterionSeries(
                criterion: $0, limitPercent: $0.limitPercent(target: config.run.targetOverheadPercent),
                baseline: series[$0]?.baseline ?? [], treatment: series[$0]?.treatment ?? [],
                windowPercents: $0.isPaired ? windowPercents[$0] ?? [] : nil)
        }
        let verdicts = decide(input, config.run.confidence)
        return verdicts.count == input.count ? verdicts : nil
    }

    private func makeDecision(_ agentCount: Int, blocks: Int, decided: Bool, _ detail: String) -> Decision {
        Decision(
            timestamp: Timestamp.now(), blocks: blocks, decided: decided, detail: "agents=\(agentCount): \(detail)")
    }

    /// Statistics of the scale's non-warm-up samples (also after an early stop: they summarise
    /// exactly what the file holds), then the decision, if any.
    private func finishScale(_ agentCount: Int, values: [TestOperation: [Double]], decision: Decision?)
        throws(RecorderIOError)
    {
        let now = Timestamp.now()
        for test in tests {
            for op in test.operations {
                guard let s = Descriptive.of(values[TestOperation(test, op)] ?? []) else { continue }
                output.append(
                    StatisticsSummary(
                        timestamp: now, testName: test.rawValue, agentCount: agentCount,
                        operation: op.rawValue, avgMs: s.mean, stddevMs: s.stddev, p50Ms: s.p50,
                        p95Ms: s.p95, p99Ms: s.p99, count: s.n
                    ).jsonLine)
            }
        }
        if let decision { output.append(decision.jsonLine) }
        try output.flush()
    }

    /// The iterations of `test`'s windows at `agentCount` agents.
    func iterations(_ test: TestName, _ agentCount: Int) -> Int {
        Workload.iterations(test, run: config.run, agents: agentCount, inboxCapacity: inboxCapacity)
    }

    // MARK: - Block

    /// Runs every test once in the block's order; returns the per-operation window means (ms).
    private func runBlock(
        agentCount: Int, run: Int, warmup: Bool,
        values: inout [TestOperation: [Double]]
    ) throws(RecorderIOError) -> [TestOperation: Double] {
        let order = BlockOrder.order(
            seed: config.run.seed, agentCount: agentCount, run: run, warmup: warmup, tests: tests)
        output.append(
            BlockPlan(agentCount: agentCount, run: run, warmup: warmup, order: order.map(\.rawValue)).jsonLine)
        let runs = warmup ? config.run.warmupRuns : config.run.statisticalRuns
        progress.blockStarting(agentCount: agentCount, run: run, runs: runs, warmup: warmup)
        var means: [TestOperation: Double] = [:]
        blockPairedPercent = [:]
        for test in order {
            if stop.shouldStop { break }
            progress.windowStarting(agentCount: agentCount, test: test.rawValue, run: run, runs: runs, warmup: warmup)
            let windowMeans = try runWindow(test, agentCount: agentCount, run: run, warmup: warmup, values: &values)
            progress.windowFinished(
                work: Workload.expectedSamples(test, agents: agentCount, iterations: iterations(test, agentCount)))
            means.merge(windowMeans) { $1 }
            if let error = perfLogError() { throw error }
            if !warmup, let limit = config.run.latencyRegressionThresholdMs {
                for (key, mean) in windowMeans.sorted(by: { $0.key.operation.code < $1.key.operation.code })
                where mean > limit {
                    stopDetail =
                        "\(key.test.rawValue)/\(key.operation.rawValue) at \(agentCount) agents, run \(run): "
                        + "window mean \(PerfSample.fixed(mean, decimals: 3)) ms > threshold \(limit) ms"
                    stop.request(.latencyRegression)
                    break
                }
            }
            if stop.reason != nil { break }
        }
        return means
    }
}
