import Glibc
import Synchronization

/// CPU of the recorder's measuring threads (the resource monitor), so the system under test's
/// figures leave them out when the bus runs inside the recorder's process. The monitor registers
/// its thread when it starts. One per run.
public final class RecorderThreadsCPU: Sendable {
    init() {}

    private let clocks = Mutex<[clockid_t]>([])
    /// CPU of measuring threads that have ended, ns.
    private let ended = Atomic<UInt64>(0)

    /// Registers the calling thread; returns a token for `unregister`.
    func registerCurrentThread() -> clockid_t {
        var clock = clockid_t()
        pthread_getcpuclockid(pthread_self(), &clock)
        clocks.withLock { $0.append(clock) }
        return clock
    }

    /// Called by the thread itself as it ends: its time stays counted.
    func unregister(_ clock: clockid_t) {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        clocks.withLock { $0.removeAll { $0 == clock } }
        ended.add(UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec), ordering: .relaxed)
    }

    func nanoseconds() -> UInt64 {
        let live = clocks.withLock { list in
            list.reduce(UInt64(0)) { total, clock in
                var ts = timespec()
                guard clock_gettime(clock, &ts) == 0 else { return total }
                return total + UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
            }
        }
        return live + ended.load(ordering: .relaxed)
    }
}
