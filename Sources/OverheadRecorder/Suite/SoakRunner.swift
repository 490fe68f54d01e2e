import OverheadFormat

/// The soak phase after the suite: the full integration workload (the complete operation, a health
/// report every `SuiteDesign.healthReportEvery`th, the recipient receiving its inbox as the
/// suite's windows do) at a steady rate at the largest scale, with every background worker
/// running and the resource monitor sampling densely. Its operations are not samples of the
/// suite; what it measures is the perf log's `phase=soak` lines. A warm-up of `warmupSeconds`
/// comes first (lines `phase=soak_warmup`, not judged), then `seconds` judged. A stop request
/// (SIGINT, SIGTERM, the timeout) ends it at once, keeping every line written.
struct SoakRunner {
    let seconds: Double
    let warmupSeconds: Double
    let messagesPerSecond: Double
    let agents: [String]
    let target: BusTarget
    let workers: BackgroundWorkers?
    let stop: StopCondition
    let progress: ProgressReporter
    /// Called once when the warm-up ends (at once without one).
    var warmedUp: () -> Void = {}
    /// Called when the soak ends, before its workers are stopped: lines taken while they stop (the
    /// system under test's memory falling to the drivers') are not the soak's.
    var ending: () -> Void = {}

    /// The warm-up: one round of the slowest background worker, so every worker has run and touched
    /// what it touches (started its loop, faulted in its pages, run its first `jq` or `sleep`) before
    /// growth is judged. 0 without workers.
    static func warmupSeconds(_ plan: [BackgroundWorkerInfo]) -> Double {
        plan.map(\.intervalSeconds).max() ?? 0
    }

    struct Outcome {
        var operations = 0
        var failures = 0
        var seconds = 0.0
    }

    func run() -> Outcome {
        var outcome = Outcome()
        for agent in agents { try? target.initAgent(agent) }
        workers?.run(layers: Set(BackgroundLayer.allCases), agents: agents)
        defer {
            ending()
            workers?.stopAll()
            Workload.drain(.metricsIntegration, agents: agents, target: target)
        }
        let start = monotonicNanoseconds()
        let warm = start + UInt64(warmupSeconds * 1e9)
        var warming = true
        let end = warm + UInt64(seconds * 1e9)
        let step = UInt64(1e9 / messagesPerSecond)
        let pause = Wakeup()
        var next = start
        var k = 0
        var lastProgress = start
        while !stop.shouldStop {
            let now = monotonicNanoseconds()
            if now >= end { break }
            if warming && now >= warm {
                warming = false
                warmedUp()
            }
            if now - lastProgress >= 1_000_000_000 {
                progress.soakProgress(done: Double(now - start) / 1e9)
                lastProgress = now
            }
            if now < next {
                _ = pause.wait(untilMonotonic: min(next, end, now + 200_000_000))
                continue
            }
            let from = agents[k % agents.count]
            let to = agents[(k + 1) % agents.count]
            let health =
                k % SuiteDesign.healthReportEvery == 0
                ? HealthCall(agent: from, status: "healthy", details: Workload.healthDetails) : nil
            do {
                try target.completeOperation(
                    from: from, to: to, type: Workload.messageType, payload: Workload.payload,
                    metric: Workload.metric, health: health)
                _ = try target.receive(to)
                outcome.operations += 1
            } catch {
                outcome.failures += 1
            }
            k += 1
            next += step
            // Behind by more than a second (a slow call): keep the rate from here, no burst.
            if next + 1_000_000_000 < monotonicNanoseconds() { next = monotonicNanoseconds() }
        }
        outcome.seconds = Double(monotonicNanoseconds() - start) / 1e9
        progress.soakProgress(done: outcome.seconds)
        return outcome
    }
}
