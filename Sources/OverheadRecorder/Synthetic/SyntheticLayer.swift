import CFencedSpin
import Glibc
import Synchronization

/// A layer of known cost (`--synthetic-layer-ns`): a busy-wait of a set number of nanoseconds of
/// the calling thread's CPU time. Reading the thread's CPU clock is a system call of a few
/// hundred nanoseconds to microseconds, far coarser than the layer, so the wait is a spin of
/// dependent multiply-adds whose count is calibrated against that clock before the suite
/// (`calibrated(nanoseconds:)`), and what one call then delivers over an empty call (the same
/// fenced call with no steps, which the layer's paired send makes) is measured by the same clock
/// over many calls (`cpuNanoseconds`). Preemption does not count: the thread's CPU clock stops
/// while the thread is not running.
///
/// The spin is fenced (`overhead_fenced_spin`). Unfenced, an out-of-order core overlapped its tail
/// with the clock read that ends the operation's timing, so inside an operation the spin added
/// 2–15% less than its cost timed back to back — more than the paired windows' interval is wide.
struct SyntheticLayer: Sendable, Equatable {
    /// Spin steps per call.
    var steps: Int
    /// What one call costs over an empty call in thread CPU time, measured after calibration (ns).
    var cpuNanoseconds: Double
    /// The cost asked for (ns).
    var requestedNanoseconds: Int

    /// Keeps the spin's result observable so the optimiser cannot remove the call.
    private static let sink = Atomic<UInt64>(0)

    /// Performs the layer once (a 0 ns layer is the empty call).
    @inline(__always)
    func run() { Self.spin(steps) }

    /// `steps` fenced spin steps from and back to `sink` (relaxed: no locked instruction, whose
    /// cost would depend on the stores the caller left pending).
    @inline(never)
    static func spin(_ steps: Int) {
        let x = overhead_fenced_spin(UInt64(steps), sink.load(ordering: .relaxed))
        sink.store(x, ordering: .relaxed)
    }

    /// The calling thread's CPU time in ns (CLOCK_THREAD_CPUTIME_ID).
    static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Thread CPU ns per spin step: the fastest of five spins of about 20 ms each (a run slowed
    /// by a cache or frequency hiccup is ignored; preemption is not counted by this clock anyway).
    static func nanosecondsPerStep() -> Double {
        var steps = 1 << 16
        // Grow the spin until it lasts at least 20 ms of CPU time.
        while true {
            let start = threadCPUNanoseconds()
            spin(steps)
            let ns = threadCPUNanoseconds() - start
            if ns >= 20_000_000 || steps >= 1 << 40 { break }
            steps *= 2
        }
        var best = Double.infinity
        for _ in 0..<5 {
            let start = threadCPUNanoseconds()
            spin(steps)
            best = min(best, Double(threadCPUNanoseconds() - start) / Double(steps))
        }
        return best
    }

    /// A layer of `nanoseconds` ns: steps from the calibrated rate, then what one call delivers
    /// over an empty call (the fences and the call itself cost the same with 0 steps, and the
    /// synthetic window's paired send makes that empty call), measured by the thread CPU clock.
    /// 0 ns is the empty call: it delivers nothing by definition.
    static func calibrated(nanoseconds: Int) -> SyntheticLayer {
        guard nanoseconds > 0 else { return SyntheticLayer(steps: 0, cpuNanoseconds: 0, requestedNanoseconds: 0) }
        let perStep = nanosecondsPerStep()
        let steps = max(1, Int((Double(nanoseconds) / perStep).rounded()))
        let calls = max(1, Int(roundNanoseconds / (Double(steps) * perStep)))
        let delivered =
            cpuNanosecondsPerCall(steps: steps, calls: calls) - cpuNanosecondsPerCall(steps: 0, calls: calls)
        return SyntheticLayer(steps: steps, cpuNanoseconds: delivered, requestedNanoseconds: nanoseconds)
    }

    /// Rounds timed when measuring what one call delivers, and about how long one round lasts (ns).
    static let measuredRounds = 200
    static let roundNanoseconds = 50_000.0

    /// Thread CPU ns per call of a `steps`-step spin: the least, over `measuredRounds` rounds of
    /// `calls` calls, of the round's time per call. The thread CPU clock charges a round the time
    /// of any interrupt or scheduler tick that lands in it: over rounds of 20 000 calls that added
    /// 1.5–4% to the spin's cost, where the paired windows' trimmed mean leaves out the few pairs
    /// such time lands in. The least of many short rounds is the spin alone.
    static func cpuNanosecondsPerCall(steps: Int, calls: Int) -> Double {
        var least = Double.infinity
        for _ in 0..<measuredRounds {
            let start = threadCPUNanoseconds()
            for _ in 0..<calls { spin(steps) }
            least = min(least, Double(threadCPUNanoseconds() - start) / Double(calls))
        }
        return least
    }
}
