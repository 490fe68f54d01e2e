import NativeBus
import OverheadFormat

/// The embedded bus's profiling phase: each `LayerFunction`'s operation called `settings.calls`
/// times on a bus without phase timestamps (timed around the call) and as often on one with a
/// `PhaseTimer`, on the same root; the timer's phases become the layer's hotspots and stacks.
struct NativeProfiler {
    let plain: NativeBusTarget
    let timed: NativeBusTarget
    let timer: PhaseTimer
    let settings: ProfileSettings
    let shouldStop: () -> Bool

    static let agents = ShellProfiler.agents

    func run() throws -> Profile {
        let started = monotonicNanoseconds()
        let startTime = Timestamp.now()
        for agent in Self.agents { try plain.initAgent(agent) }
        defer { for agent in Self.agents { try? plain.cleanupAgent(agent) } }
        let layers = LayerFunction.allCases
        var phaseNs = [[UInt64]](repeating: Array(repeating: 0, count: BusPhase.allCases.count), count: layers.count)
        var entries = [[Int]](repeating: Array(repeating: 0, count: BusPhase.allCases.count), count: layers.count)
        var untraced = [(total: Double, count: Int)](repeating: (0, 0), count: layers.count)
        var traced = untraced
        var dropped = 0
        _ = timer.take()
        rounds: for _ in 0..<settings.calls {
            for (index, layer) in layers.enumerated() {
                if shouldStop() { break rounds }
                for target in [plain, timed] {
                    if layer == .receiveMessages {
                        try? plain.send(
                            from: Self.agents[0], to: Self.agents[1], type: Workload.messageType,
                            payload: Workload.payload)
                    }
                    let start = monotonicNanoseconds()
                    let ok = (try? call(layer, on: target)) != nil
                    let ms = Double(monotonicNanoseconds() - start) / 1e6
                    if target === timed {
                        let phases = timer.take()
                        if ok {
                            for p in phases {
                                phaseNs[index][p.phase.rawValue] += p.nanoseconds
                                entries[index][p.phase.rawValue] += p.entries
                            }
                            traced[index].total += ms
                            traced[index].count += 1
                        } else {
                            dropped += 1
                        }
                    } else if ok {
                        untraced[index].total += ms
                        untraced[index].count += 1
                    }
                    if layer == .sendMessage || layer == .sendWithBackpressure || layer == .receiveMessages {
                        _ = try? plain.receive(Self.agents[1])
                    }
                }
            }
        }
        let profiled = layers.enumerated().map { index, layer in
            Self.layer(
                layer, calls: traced[index].count, ns: phaseNs[index], entries: entries[index],
                untracedMs: Self.mean(untraced[index]), tracedMs: Self.mean(traced[index]))
        }
        let header = ProfileHeader(
            target: "native", startTime: startTime, callsPerLayer: settings.calls, traceBytes: 0, traceCapBytes: 0,
            droppedCalls: dropped, droppedEntries: 0, seconds: Double(monotonicNanoseconds() - started) / 1e9)
        return Profile(header: header, layers: profiled)
    }

    private static func mean(_ sum: (total: Double, count: Int)) -> Double? {
        sum.count > 0 ? sum.total / Double(sum.count) : nil
    }

    /// The phases of one layer as hotspots (largest first), one function, and a stack per phase.
    static func layer(
        _ layer: LayerFunction, calls: Int, ns: [UInt64], entries: [Int], untracedMs: Double?, tracedMs: Double?
    ) -> ProfileLayer {
        let n = Double(max(calls, 1))
        let phases = BusPhase.allCases.filter { entries[$0.rawValue] > 0 }
            .map { (phase: $0, ms: Double(ns[$0.rawValue]) / 1e6 / n, count: Double(entries[$0.rawValue]) / n) }
            .sorted { ($0.ms, $1.phase.rawValue) > ($1.ms, $0.phase.rawValue) }
        let total = phases.reduce(0) { $0 + $1.ms }
        return ProfileLayer(
            name: layer.rawValue, component: layer.component?.rawValue, calls: calls, untracedMs: untracedMs,
            tracedMs: tracedMs, profiledMs: total, subshells: 0, pipelineStages: 0,
            hotspots: phases.map { ProfileHotspot(label: $0.phase.name, ms: $0.ms, count: $0.count) },
            functions: calls > 0
                ? [ProfileFunction(name: layer.rawValue, calls: 1, inclusiveMs: total, exclusiveMs: total)] : [],
            commands: [], stacks: phases.map { ProfileStack(frames: [layer.rawValue, $0.phase.name], ms: $0.ms) })
    }

    private func call(_ layer: LayerFunction, on target: BusTarget) throws {
        let (from, to) = (Self.agents[0], Self.agents[1])
        switch layer {
        case .sendMessage: try target.send(from: from, to: to, type: Workload.messageType, payload: Workload.payload)
        case .receiveMessages: _ = try target.receive(to)
        case .emitMetric:
            let m = Workload.metric
            try target.emitMetric(name: m.name, value: m.value, unit: m.unit, tags: m.tags)
        case .reportHealth: try target.reportHealth(agent: from, status: "healthy", details: Workload.healthDetails)
        case .checkAgentHealth: _ = try target.checkHealth(from)
        case .checkInboxCapacity: _ = try target.checkInboxCapacity(to)
        case .sendWithBackpressure:
            try target.sendWithBackpressure(from: from, to: to, type: Workload.messageType, payload: Workload.payload)
        }
    }
}

extension NativeBusTargetFactory {
    /// Profiles the embedded bus by phase on the run's bus root (`NativeProfiler`).
    public func profile(busRoot: String, settings: ProfileSettings, shouldStop: @escaping () -> Bool) throws
        -> Profile?
    {
        let timer = PhaseTimer()
        let plain: NativeBus
        let timed: NativeBus
        do {
            plain = try NativeBus(root: busRoot, configuration: configuration)
            timed = try NativeBus(root: busRoot, configuration: configuration, phases: timer)
        } catch {
            throw OperationError(reason: error.description)
        }
        defer {
            plain.closeDescriptors()
            timed.closeDescriptors()
        }
        return try NativeProfiler(
            plain: NativeBusTarget(bus: plain), timed: NativeBusTarget(bus: timed), timer: timer, settings: settings,
            shouldStop: shouldStop
        ).run()
    }
}
