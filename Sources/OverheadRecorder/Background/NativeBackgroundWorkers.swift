import Glibc
import NativeBus
import OverheadFormat
import Synchronization

/// The embedded bus's background workers, one thread each, over their own `NativeBus` instance on
/// the run's bus root: the liveness probe (every agent's health reported once per interval,
/// spread evenly over it), the inbox-overflow monitor, the dynamic rate-limit monitor and the
/// alerting check over the metrics file. A worker's rounds are phased as if it had been running
/// all along: the first comes after a share of the interval, never at once, so a window sees
/// on average as many rounds as its length holds. Each thread publishes its own CPU clock after
/// every round and when it ends.
final class NativeBackgroundWorkers: BackgroundWorkers, @unchecked Sendable {
    let specs: [BackgroundWorkerSpec]
    private let busRoot: String
    private let configuration: NativeBusConfiguration
    private let state = Mutex<[String: Running]>([:])
    /// CPU of finished threads per component, ns.
    private let finished = Mutex<[String: UInt64]>([:])

    private final class Running: @unchecked Sendable {
        let thread: pthread_t
        let wakeup: Wakeup
        let gauges: Gauges
        let agents: [String]
        init(thread: pthread_t, wakeup: Wakeup, gauges: Gauges, agents: [String]) {
            self.thread = thread
            self.wakeup = wakeup
            self.gauges = gauges
            self.agents = agents
        }
    }

    /// What a worker thread publishes: its CPU clock and the bytes it holds.
    private final class Gauges: Sendable {
        let cpu = Atomic<UInt64>(0)
        let bytes = Atomic<Int>(0)
    }

    init(specs: [BackgroundWorkerSpec], busRoot: String, configuration: NativeBusConfiguration) {
        self.specs = specs.filter { $0.layer != nil }
        self.busRoot = busRoot
        self.configuration = configuration
    }

    var plan: [BackgroundWorkerInfo] { specs.map { $0.info(native: true) } }

    func run(layers: Set<BackgroundLayer>, agents: [String]) {
        for spec in specs {
            let wanted = spec.layer.map { layers.contains($0) } ?? false
            let current = state.withLock { $0[spec.name] }
            if let current, !wanted || current.agents != agents { stop(spec.name) }
            if wanted, current == nil || current!.agents != agents { start(spec, agents: agents) }
        }
    }

    func stopAll() {
        for spec in specs { stop(spec.name) }
    }

    func componentCPU() -> [(name: String, ns: UInt64, bytes: UInt64)] {
        let (done, running) = finished.withLock { done in (done, state.withLock { $0 }) }
        return specs.map { spec in
            (
                spec.name, (done[spec.name] ?? 0) + (running[spec.name]?.gauges.cpu.load(ordering: .relaxed) ?? 0),
                UInt64(max(0, running[spec.name]?.gauges.bytes.load(ordering: .relaxed) ?? 0))
            )
        }
    }

    /// The components, and the bytes the running workers' bus instances and monitors hold
    /// (published after each round): one figure, RSS and PSS alike.
    func read(withPSS: Bool) -> BackgroundReading {
        let bytes = UInt64(
            max(0, state.withLock { $0.values.reduce(0) { $0 + $1.gauges.bytes.load(ordering: .relaxed) } }))
        return BackgroundReading(components: componentCPU(), rssBytes: bytes, pssBytes: withPSS ? bytes : nil)
    }

    private func start(_ spec: BackgroundWorkerSpec, agents: [String]) {
        guard let bus = try? NativeBus(root: busRoot, configuration: configuration) else { return }
        let wakeup = Wakeup()
        let gauges = Gauges()
        let work = Self.work(spec.name, bus: bus, agents: agents)
        let rounds = spec.perAgent ? max(1, agents.count) : 1
        let step = UInt64(spec.intervalSeconds * 1e9) / UInt64(rounds)
        let first = UInt64(spec.phases(instances: rounds)[0] * 1e9)
        let thread = WorkerThreads.start {
            var next = monotonicNanoseconds() + first
            var k = 0
            while wakeup.wait(untilMonotonic: next) {
                gauges.bytes.store(work(k % rounds), ordering: .relaxed)
                k += 1
                gauges.cpu.store(Self.threadCPU(), ordering: .relaxed)
                next += step
                let now = monotonicNanoseconds()
                if next < now { next = now + step }
            }
            gauges.cpu.store(Self.threadCPU(), ordering: .relaxed)
            bus.closeDescriptors()
        }
        state.withLock { $0[spec.name] = Running(thread: thread, wakeup: wakeup, gauges: gauges, agents: agents) }
    }

    private func stop(_ name: String) {
        guard let running = state.withLock({ $0[name] }) else { return }
        running.wakeup.signal()
        WorkerThreads.join(running.thread)
        // Moved to `finished` and removed together, so a reading never counts it twice or not at all.
        finished.withLock { done in
            state.withLock { _ = $0.removeValue(forKey: name) }
            done[name, default: 0] += running.gauges.cpu.load(ordering: .relaxed)
        }
    }

    /// One round of a worker, returning the bytes it and its bus instance hold; `k` picks the agent
    /// for the per-agent liveness probe. Errors are ignored, as a background loop's would be: the
    /// operations' own samples report failures.
    private static func work(_ name: String, bus: NativeBus, agents: [String]) -> (Int) -> Int {
        switch name {
        case BackgroundWorkerSpec.liveness:
            return { k in
                if k < agents.count { try? bus.probeLiveness(agents[k]) }
                return bus.heldBytes
            }
        case BackgroundWorkerSpec.inboxOverflow:
            return { _ in
                _ = try? bus.checkInboxOverflow(agents)
                return bus.heldBytes
            }
        case BackgroundWorkerSpec.dynamicRateLimit:
            let monitor = DynamicRateLimit()
            return { _ in
                _ = try? monitor.adjust(agents, on: bus)
                return monitor.heldBytes + bus.heldBytes
            }
        default:
            let alerting = MetricsAlerting(bus: bus)
            return { _ in
                _ = try? alerting.check(bus)
                return alerting.heldBytes + bus.heldBytes
            }
        }
    }

    static func threadCPU() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
