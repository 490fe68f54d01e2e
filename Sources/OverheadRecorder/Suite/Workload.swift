import OverheadFormat
import OverheadStats

/// What each test of the suite does, as in the original: messages go round-robin from agent i to
/// agent i+1 (one agent sends to itself). With C driver threads, thread t takes iterations
/// t, t+C, t+2C, … (and agents t, t+C, … for per-agent operations); C = 1 is the original's loop.
enum Workload {
    static let messageType = "benchmark"
    static let payload = #"{"benchmark":true,"data":"phase1-overhead"}"#
    static let healthDetails = #"{"load":"normal"}"#
    static let metric = MetricCall(name: "messages_sent", value: 1, unit: "count", tags: #"{"test":"overhead"}"#)
    static let shutdownTimeoutSeconds = 5.0

    /// `agent-1` … `agent-N`.
    static func agentNames(_ count: Int) -> [String] { (1...count).map { "agent-\($0)" } }

    /// Untimed set-up before the window opens: every agent's inbox and outbox, and for the shutdown
    /// test one message waiting in each inbox so the shutdown has something to drain.
    static func prepare(_ test: TestName, agents: [String], target: BusTarget) throws {
        for agent in agents { try target.initAgent(agent) }
        if test == .shutdownIntegration {
            for (k, agent) in agents.enumerated() {
                try target.send(
                    from: agents[(k + agents.count - 1) % agents.count], to: agent, type: messageType, payload: payload)
            }
        }
    }

    /// The tests of a run: the standard suite, and the synthetic layer when one was asked for.
    static func tests(_ run: RunConfiguration) -> [TestName] {
        run.syntheticLayerNs == nil ? TestName.standardSuite : TestName.standardSuite + [.syntheticLayer]
    }

    /// Iterations of `test`'s window at `agents` agents. Windows sized from the pilot keep the
    /// rate-limiting window, which leaves every message in the inboxes, within the inboxes'
    /// capacity (a given count is used as given, and the plan check warns).
    static func iterations(_ test: TestName, run: RunConfiguration, agents: Int, inboxCapacity: Int) -> Int {
        guard test == .rateLimitingIntegration, run.iterationsSource == .pilot else { return run.iterations }
        return max(1, min(run.iterations, inboxCapacity * agents))
    }

    /// The timed part of one window for driver thread `thread` of `threads`. In the paired tests
    /// (`TestName.pairedTests`) each iteration times the operation under test and a `pairedSend`,
    /// in an order drawn per pair from `pairSeed`; each is followed by an untimed receive of the
    /// message it sent, so both meet the same inbox.
    static func drive(
        _ test: TestName, agents: [String], iterations: Int, thread: Int, threads: Int,
        target: BusTarget, buffer: SampleBuffer, stop: StopCondition, pairSeed: UInt64 = 0,
        synthetic: SyntheticLayer? = nil
    ) {
        var order = SplitMix64(state: pairSeed)
        let n = agents.count
        switch test {
        case .shutdownIntegration:
            perAgentShutdown(
                .coordinatedShutdown, agents: agents, thread: thread, threads: threads,
                target: target, buffer: buffer, stop: stop)
            return
        default: break
        }
        // Targets that time themselves also time a no-op call beside each added operation (health
        // report, capacity check), alternating which of the two comes first so neither always
        // follows the heavier call: the analysis subtracts it, and a layer that does nothing reads 0.
        let floor = target.timing != .roundTrip
        var i = thread
        while i < iterations {
            let from = agents[i % n]
            let to = agents[(i + 1) % n]
            let it = i + 1
            if stop.shouldStop { return }
            switch test {
            case .baseline:
                buffer.time(.messageSend, iteration: it) {
                    try target.send(from: from, to: to, type: messageType, payload: payload)
                }
                if stop.shouldStop { return }
                buffer.time(.messageReceive, iteration: it) { _ = try target.receive(to) }
            case .baselineControl, .metricsIntegration, .syntheticLayer, .fullIntegration:
                let slot = PairedSlot(test: test, from: from, to: to, iteration: it, synthetic: synthetic)
                timePair(order.next() & 1 == 1, slot, target, buffer, stop)
            case .healthIntegration:
                let healthFloor = [from, "healthy", healthDetails]
                if floor && it % 2 == 0 {
                    buffer.time(.callFloor, iteration: it) { try target.callFloor(arguments: healthFloor) }
                }
                buffer.time(.healthReport, iteration: it) {
                    try target.reportHealth(agent: from, status: "healthy", details: healthDetails)
                }
                if floor && it % 2 == 1 {
                    buffer.time(.callFloor, iteration: it) { try target.callFloor(arguments: healthFloor) }
                }
                if stop.shouldStop { return }
                buffer.time(.healthCheck, iteration: it) { _ = try target.checkHealth(from) }
            case .rateLimitingIntegration:
                if floor && it % 2 == 0 {
                    buffer.time(.callFloor, iteration: it) { try target.callFloor(arguments: [to]) }
                }
                buffer.time(.capacityCheck, iteration: it) { _ = try target.checkInboxCapacity(to) }
                if floor && it % 2 == 1 {
                    buffer.time(.callFloor, iteration: it) { try target.callFloor(arguments: [to]) }
                }
                if stop.shouldStop { return }
                buffer.time(.sendWithBackpressure, iteration: it) {
                    try target.sendWithBackpressure(from: from, to: to, type: messageType, payload: payload)
                }
            case .shutdownIntegration:
                break
            }
            i += threads
        }
    }

    /// One pair of a paired window: the operation under test and the paired send, in the order
    /// drawn, each followed by the untimed receive of its message.
    @inline(__always)
    private static func timePair(
        _ underTestFirst: Bool, _ slot: PairedSlot, _ target: BusTarget, _ buffer: SampleBuffer, _ stop: StopCondition
    ) {
        slot.time(reference: !underTestFirst, target: target, buffer: buffer)
        keepInboxAsBaseline(slot.to, target: target, stop: stop)
        if stop.shouldStop { return }
        slot.time(reference: underTestFirst, target: target, buffer: buffer)
        keepInboxAsBaseline(slot.to, target: target, stop: stop)
    }

    /// Receives (untimed) the message the operation just sent, so the metrics and full-integration
    /// windows send into inboxes as full as the baseline's, which receives each message: a bus whose
    /// send costs more with a fuller inbox would otherwise bill that cost to the integration layers.
    private static func keepInboxAsBaseline(_ agent: String, target: BusTarget, stop: StopCondition) {
        guard !stop.shouldStop else { return }
        _ = try? target.receive(agent)
    }

    /// The second timed phase of a window, after every thread finished `drive`: the full suite's
    /// coordinated shutdown of every agent. Nothing for the other tests.
    static func finish(
        _ test: TestName, agents: [String], thread: Int, threads: Int,
        target: BusTarget, buffer: SampleBuffer, stop: StopCondition
    ) {
        guard test == .fullIntegration else { return }
        perAgentShutdown(
            .shutdown, agents: agents, thread: thread, threads: threads, target: target, buffer: buffer, stop: stop)
    }

    static func hasFinishPhase(_ test: TestName) -> Bool { test == .fullIntegration }

    private static func perAgentShutdown(
        _ operation: OperationName, agents: [String], thread: Int, threads: Int,
        target: BusTarget, buffer: SampleBuffer, stop: StopCondition
    ) {
        var k = thread
        while k < agents.count {
            if stop.shouldStop { return }
            let agent = agents[k]
            buffer.time(operation, iteration: k + 1) {
                _ = try target.shutdown(agent, timeoutSeconds: shutdownTimeoutSeconds)
            }
            k += threads
        }
    }

    /// Untimed clean-up after the window: receive what is left (counted as received), then remove
    /// each agent's resources. Errors here are not measurements; the conservation record shows
    /// whether anything went missing. Tests that end by shutting every agent down have drained
    /// the inboxes already, and asking a shut-down agent for messages only fills the library's
    /// stderr with "no inbox" errors, so they skip the receive.
    static func drain(_ test: TestName, agents: [String], target: BusTarget) {
        if !endsWithShutdown(test) {
            for agent in agents { _ = try? target.receive(agent) }
        }
        for agent in agents { try? target.cleanupAgent(agent) }
    }

    /// The tests whose last timed phase shuts every agent down.
    static func endsWithShutdown(_ test: TestName) -> Bool {
        test == .shutdownIntegration || hasFinishPhase(test)
    }

    /// Timed operations one window performs (for reserving sample storage and progress).
    static func expectedSamples(_ test: TestName, agents: Int, iterations: Int) -> Int {
        switch test {
        case .baseline, .baselineControl, .metricsIntegration, .syntheticLayer: return 2 * iterations
        case .healthIntegration, .rateLimitingIntegration: return 3 * iterations
        case .shutdownIntegration: return agents
        case .fullIntegration: return 2 * iterations + agents
        }
    }
}
