import Glibc
import Synchronization

/// A layer of known cost (`--synthetic-layer-ns`): a busy-wait of a set number of nanoseconds of
/// the calling thread's CPU time. Reading the thread's CPU clock is a system call of a few
/// hundred nanoseconds to microseconds, far coarser than the layer, so the wait is a spin of
/// dependent multiply-adds whose count is calibrated against that clock before the suite
/// (`calibrated(nanoseconds:)`), and the cost one call then delivers is measured by the same clock
/// over many calls (`measuredNanoseconds`). Preemption does not count: the thread's CPU clock stops
/// while the thread is not running.
struct SyntheticLayer: Sendable, Equatable {
    /// Spin steps per call.
    var steps: Int
    /// What one call costs in thread CPU time, measured after calibration (ns).
    var measuredNanoseconds: Double
    /// The cost asked for (ns).
    var requestedNanoseconds: Int

    /// Keeps the spin's result observable so the optimiser cannot remove the loop.
    private static let sink = Atomic<UInt64>(0)

    /// Performs the layer once.
    @inline(__always)
    func run() {
        guard steps > 0 else { return }
        Self.spin(steps)
    }

    /// `steps` dependent LCG steps from and back to `sink`, so no call can be skipped or merged.
    /// The chain starts from a locked read-modify-write, which waits for the caller's earlier
    /// stores: the spin cannot overlap the end of the operation before it, as it could not in
    /// calibration, where each call waits for the previous one.
    @inline(never)
    static func spin(_ steps: Int) {
        var x = sink.add(1, ordering: .sequentiallyConsistent).newValue
        for _ in 0..<steps { x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }
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

    /// Calls of the layer timed together when measuring what one call delivers.
    static let measuredCalls = 20_000

    /// A layer of `nanoseconds` ns: steps from the calibrated rate, then the delivered cost per
    /// call measured by the thread CPU clock around `measuredCalls` calls. 0 ns is a layer that
    /// returns at once (its cost is the call alone).
    static func calibrated(nanoseconds: Int) -> SyntheticLayer {
        guard nanoseconds > 0 else { return SyntheticLayer(steps: 0, measuredNanoseconds: 0, requestedNanoseconds: 0) }
        let steps = max(1, Int((Double(nanoseconds) / nanosecondsPerStep()).rounded()))
        var layer = SyntheticLayer(steps: steps, measuredNanoseconds: 0, requestedNanoseconds: nanoseconds)
        layer.measuredNanoseconds = layer.deliveredNanoseconds()
        return layer
    }

    /// Thread CPU ns per call over `measuredCalls` calls: the median of five rounds.
    func deliveredNanoseconds() -> Double {
        var rounds: [Double] = []
        for _ in 0..<5 {
            let start = Self.threadCPUNanoseconds()
            for _ in 0..<Self.measuredCalls { run() }
            rounds.append(Double(Self.threadCPUNanoseconds() - start) / Double(Self.measuredCalls))
        }
        return rounds.sorted()[2]
    }
}
