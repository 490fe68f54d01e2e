import Synchronization

/// Times the phases of bus operations when profiling (`NativeBus(root:configuration:phases:)`):
/// each `begin(_:)` ends the running phase and starts the next; `end()` ends the last. A bus
/// opened without one skips every mark after a nil check, so an ordinary bus pays nothing else.
public final class PhaseTimer: Sendable {
    struct Totals {
        var current: BusPhase?
        var since: UInt64 = 0
        var nanoseconds = [UInt64](repeating: 0, count: BusPhase.allCases.count)
        var entries = [Int](repeating: 0, count: BusPhase.allCases.count)
    }

    private let totals = Mutex(Totals())

    public init() {}

    /// Ends the running phase, if any, and starts `phase`.
    @inline(__always)
    func begin(_ phase: BusPhase) {
        let now = Clock.monotonicNanoseconds()
        totals.withLock { t in
            if let current = t.current { t.nanoseconds[current.rawValue] &+= now &- t.since }
            t.current = phase
            t.entries[phase.rawValue] += 1
            t.since = now
        }
    }

    /// Ends the running phase.
    @inline(__always)
    func end() {
        let now = Clock.monotonicNanoseconds()
        totals.withLock { t in
            if let current = t.current { t.nanoseconds[current.rawValue] &+= now &- t.since }
            t.current = nil
        }
    }

    /// The time and entries per phase since the last call, in `BusPhase` order; resets them.
    public func take() -> [(phase: BusPhase, nanoseconds: UInt64, entries: Int)] {
        totals.withLock { t in
            let out = BusPhase.allCases.map { ($0, t.nanoseconds[$0.rawValue], t.entries[$0.rawValue]) }
            t = Totals()
            return out
        }
    }
}
