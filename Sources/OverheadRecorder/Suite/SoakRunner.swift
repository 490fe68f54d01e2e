import OverheadFormat

/// The soak phase after the suite: the full integration workload (the complete operation, a health
/// report every `SuiteDesign.healthReportEvery`th, the recipient receiving its inbox as the
/// suite's windows do) at a steady rate at the largest scale, with every background worker
/// running and the resource monitor sampling densely. Its operations are not samples of the
/// suite; what it measures is the perf log's `phase=soak` lines. A stop request (SIGINT,
/// SIGTERM, the timeout) ends it at once, keeping every line written.
struct SoakRunner {
    let seconds: Double
    let messagesPerSecond: Double
    let agents: [String]
    let target: BusTarget
    let workers: BackgroundWorkers?
    let stop: StopCondition
    let progress: ProgressReporter

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
            workers?.stopAll()
            Workload.drain(.metricsIntegration, agents: agents, target: target)
        }
        let start = monotonicNanoseconds()
        let end = start + UInt64(seconds * 1e9)
        let step = UInt64(1e9 / messagesPerSecond)
        let pause = Wakeup()
        var next = start
        var k = 0
        var lastProgress = start
        while !stop.shouldStop {
            let now = monotonicNanoseconds()
            if now >= end { break }
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
