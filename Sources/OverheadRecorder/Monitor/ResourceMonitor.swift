import Glibc
import OverheadFormat
import Synchronization

/// A thread of the recorder (no child processes) that reads resources every `interval` seconds,
/// appends a perf log line and publishes the latest CPU/memory for sample records.
final class ResourceMonitor: @unchecked Sendable {
    let latest = LatestResources()
    private let interval: Double
    private let busPath: String
    private let outputFiles: [String]
    private let log: LineFile
    private let wakeup = Wakeup()
    private let failure = Mutex<RecorderIOError?>(nil)
    private let readings = Atomic<Int>(0)
    private var thread: pthread_t?
    private let system: SystemUnderTest?
    private let measuringThreads: RecorderThreadsCPU?
    /// The sampling interval in force, ns (the soak samples more densely).
    private let currentIntervalNs: Atomic<UInt64>
    private let soak = Atomic<Bool>(false)
    private let soakWarmup = Atomic<Bool>(false)

    /// `outputFiles`: the recorder's own files, measured for the perf log's `recorder_output_mb`;
    /// `system`: the system under test, whose own figures each line carries; `measuringThreads`:
    /// where the monitor registers its thread, so those figures leave it out.
    init(
        interval: Double, busPath: String, log: LineFile, outputFiles: [String] = [],
        system: SystemUnderTest? = nil, measuringThreads: RecorderThreadsCPU? = nil
    ) {
        self.interval = interval
        self.busPath = busPath
        self.outputFiles = outputFiles
        self.log = log
        self.system = system
        self.measuringThreads = measuringThreads
        currentIntervalNs = Atomic(UInt64(interval * 1e9))
    }

    /// Enters or leaves the soak phase: lines are tagged `phase=soak` (`phase=soak_warmup` during
    /// its warm-up) and taken every `interval` seconds (from the next sample on); leaving restores
    /// the run's interval.
    func setSoak(_ on: Bool, warmup: Bool = false, interval soakInterval: Double) {
        soakWarmup.store(warmup, ordering: .relaxed)
        soak.store(on, ordering: .relaxed)
        currentIntervalNs.store(UInt64((on ? soakInterval : interval) * 1e9), ordering: .relaxed)
    }

    /// Publishes and logs a first reading (after a short priming delta, so samples never carry a
    /// placeholder) and starts the sampling thread, which logs one line per interval and a last
    /// one when stopped (so even a run shorter than the interval has a start and an end line).
    func start() {
        var probe = ResourceProbe(
            busPath: busPath, outputFiles: RecorderOutputFiles(paths: outputFiles, busPath: busPath))
        if let system {
            probe.sut = SUTProbe(system: system, busPath: busPath, exclude: Self.excludedFromBusStorage)
        }
        _ = wakeup.wait(untilMonotonic: monotonicNanoseconds() + 20_000_000)
        record(probe.read())
        thread = WorkerThreads.start { [self] in loop(probe: probe) }
    }

    /// Stops and joins the thread. Idempotent.
    func stop() {
        wakeup.signal()
        if let thread { WorkerThreads.join(thread) }
        thread = nil
    }

    /// The first error writing the perf log, if any (the log stops at the last whole line).
    var writeError: RecorderIOError? { failure.withLock { $0 } }

    /// CPU time the sampling thread has used so far, ns (0 when it is not running).
    func threadCPUNanoseconds() -> UInt64 {
        guard let thread else { return 0 }
        var clock = clockid_t()
        guard pthread_getcpuclockid(thread, &clock) == 0 else { return 0 }
        var ts = timespec()
        clock_gettime(clock, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Perf log lines written so far.
    var sampleCount: Int { readings.load(ordering: .relaxed) }

    private func loop(probe initial: ResourceProbe) {
        let clock = measuringThreads?.registerCurrentThread()
        defer { if let clock { measuringThreads?.unregister(clock) } }
        var probe = initial
        var next = monotonicNanoseconds() + currentIntervalNs.load(ordering: .relaxed)
        while wakeup.wait(untilMonotonic: next) {
            record(probe.read())
            let step = currentIntervalNs.load(ordering: .relaxed)
            next += step
            let now = monotonicNanoseconds()
            if next < now { next = now + step }  // fell behind (suspended): do not burst
        }
        record(probe.read())
    }

    /// Top-level names under the bus directory that are the recorder's, not the bus's.
    static let excludedFromBusStorage = [".shell-driver", BusDirectory.ownerFileName]

    /// Publishes a reading for the samples and appends its perf log line (until a write fails).
    private func record(_ reading: PerfSample) {
        var sample = reading
        if soak.load(ordering: .relaxed) {
            sample.phase = soakWarmup.load(ordering: .relaxed) ? SUTColumns.soakWarmupPhase : SUTColumns.soakPhase
        }
        latest.publish(cpuPercent: sample.cpuPercent, memoryMB: sample.memoryMB)
        if failure.withLock({ $0 }) == nil {
            log.append(sample.perfLine(wholeSeconds: wholeSeconds))
            do { try log.flush() } catch { failure.withLock { $0 = error } }
        }
        readings.add(1, ordering: .relaxed)
    }

    /// Whole-second timestamps at a whole-second interval, as the original; fractional otherwise.
    private var wholeSeconds: Bool {
        let seconds = Double(currentIntervalNs.load(ordering: .relaxed)) / 1e9
        return seconds >= 1 && seconds == seconds.rounded()
    }
}
