import Glibc
import OverheadFormat
import Synchronization

/// A thread of the recorder (no child processes) that reads resources every `interval` seconds,
/// appends a perf log line and publishes the latest CPU/memory for sample records.
final class ResourceMonitor: @unchecked Sendable {
    let latest = LatestResources()
    private let interval: Double
    private let busPath: String
    private let log: LineFile
    private let stopping = Atomic<Bool>(false)
    private let failure = Mutex<RecorderIOError?>(nil)
    private let readings = Atomic<Int>(0)
    private var thread: pthread_t?

    /// Longest single sleep, so `stop()` returns promptly at any interval.
    private static let sleepSliceNs: UInt64 = 50_000_000

    init(interval: Double, busPath: String, log: LineFile) {
        self.interval = interval
        self.busPath = busPath
        self.log = log
    }

    /// Publishes a first reading (after a short priming delta, so samples never carry a placeholder)
    /// and starts the sampling thread.
    func start() {
        var probe = ResourceProbe(busPath: busPath)
        Self.sleep(until: monotonicNanoseconds() + 20_000_000, stopping: stopping)
        let first = probe.read()
        latest.publish(cpuPercent: first.cpuPercent, memoryMB: first.memoryMB)
        thread = WorkerThreads.start { [self] in loop(probe: probe) }
    }

    /// Stops and joins the thread. Idempotent.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        if let thread { WorkerThreads.join(thread) }
        thread = nil
    }

    /// The first error writing the perf log, if any (the log stops at the last whole line).
    var writeError: RecorderIOError? { failure.withLock { $0 } }

    /// Perf log lines written so far.
    var sampleCount: Int { readings.load(ordering: .relaxed) }

    private func loop(probe initial: ResourceProbe) {
        var probe = initial
        let step = UInt64(interval * 1e9)
        let wholeSeconds = interval >= 1 && interval == interval.rounded()
        var next = monotonicNanoseconds() + step
        while !stopping.load(ordering: .relaxed) {
            guard Self.sleep(until: next, stopping: stopping) else { break }
            let sample = probe.read()
            latest.publish(cpuPercent: sample.cpuPercent, memoryMB: sample.memoryMB)
            if failure.withLock({ $0 }) == nil {
                log.append(sample.perfLine(wholeSeconds: wholeSeconds))
                do { try log.flush() } catch { failure.withLock { $0 = error } }
            }
            readings.add(1, ordering: .relaxed)
            next += step
            let now = monotonicNanoseconds()
            if next < now { next = now + step }  // fell behind (suspended): do not burst
        }
    }

    /// Sleeps until the monotonic instant `deadline`; false if asked to stop meanwhile.
    @discardableResult
    static func sleep(until deadline: UInt64, stopping: borrowing Atomic<Bool>) -> Bool {
        while true {
            if stopping.load(ordering: .relaxed) { return false }
            let now = monotonicNanoseconds()
            if now >= deadline { return true }
            let until = min(deadline, now + sleepSliceNs)
            var ts = timespec(tv_sec: Int(until / 1_000_000_000), tv_nsec: Int(until % 1_000_000_000))
            _ = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nil)
        }
    }
}
