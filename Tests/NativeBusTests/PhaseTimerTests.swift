import Glibc
import Testing

@testable import NativeBus

/// A bus opened with a `PhaseTimer` reports each operation's phases: which system calls it waited
/// on, how often, and for how long; one opened without it behaves the same and reports nothing.
struct PhaseTimerTests {
    private func entries(_ timer: PhaseTimer) -> [BusPhase: Int] {
        Dictionary(uniqueKeysWithValues: timer.take().filter { $0.entries > 0 }.map { ($0.phase, $0.entries) })
    }

    @Test func aSendPassesEachOfItsPhasesAsOftenAsItCallsThem() throws {
        let fixture = try BusFixture()
        let timer = PhaseTimer()
        let bus = try NativeBus(root: fixture.root, configuration: NativeBusConfiguration(), phases: timer)
        try bus.initAgent("a")
        try bus.initAgent("b")
        _ = timer.take()
        try bus.send(from: "a", to: "b", type: "t", payload: "{}")
        // stat the inbox, count it, open the pair's sequence file, lock, read it, build the message,
        // open the staged file, write it, close it, rename it in, write the sequence, unlock.
        #expect(
            entries(timer) == [
                .prepare: 3, .stat: 1, .scan: 1, .open: 2, .flock: 2, .read: 1, .write: 2, .close: 1, .rename: 1,
            ])
        #expect(try bus.receive("b") == 1)
        #expect(entries(timer) == [.prepare: 2, .open: 2, .scan: 1, .unlink: 1, .read: 1, .close: 1])
        try bus.emitMetric(name: "m", value: 1, unit: "count")
        #expect(entries(timer) == [.prepare: 2, .open: 1, .flock: 2, .write: 1])
        try bus.emitMetric(name: "m", value: 1, unit: "count")
        #expect(entries(timer) == [.prepare: 1, .flock: 2, .write: 1], "the metrics file stays open")
    }

    @Test func timeIsCountedOnlyWhileAnOperationRuns() throws {
        let fixture = try BusFixture()
        let timer = PhaseTimer()
        let bus = try NativeBus(root: fixture.root, configuration: NativeBusConfiguration(), phases: timer)
        try bus.initAgent("a")
        _ = timer.take()
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        _ = try bus.checkInboxCapacity("a")
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let elapsed = UInt64((end.tv_sec - start.tv_sec) * 1_000_000_000 + (end.tv_nsec - start.tv_nsec))
        usleep(20_000)  // not in any phase: the operation has ended
        let phases = timer.take()
        let total = phases.reduce(0) { $0 + $1.nanoseconds }
        #expect(total > 0 && total <= elapsed)
        #expect(Set(phases.filter { $0.entries > 0 }.map(\.phase)) == [.prepare, .stat, .scan])
    }
}
