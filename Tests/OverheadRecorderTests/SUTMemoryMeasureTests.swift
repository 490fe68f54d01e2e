import Foundation
import Glibc
import OverheadFormat
import Synchronization
import TestSupport
import Testing

@testable import OverheadRecorder

/// The memory series keeps one measure for the whole run: a PSS that cannot be read on one line is a
/// gap on that line, and the lines after it are PSS again.
@Suite struct SUTMemoryMeasureTests {
    @Test func anUnreadablePSSIsAGapNotASwitchToRSS() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-measure")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The operations' side: 60 MB resident, 12 MB proportional; the third reading's PSS unreadable.
        let calls = Atomic<Int>(0)
        let system = SystemUnderTest(workers: nil, memoryMeasure: .pss) { withPSS in
            let k = calls.add(1, ordering: .relaxed).newValue
            return SystemUnderTest.ForegroundReading(
                cpuNs: UInt64(k) * 1_000_000, rssBytes: 60 << 20, pssBytes: withPSS && k != 3 ? 12 << 20 : nil)
        }
        var probe = SUTProbe(system: system, busPath: dir.path, exclude: [])
        let lines = (0..<6).map { _ in probe.read() }
        #expect(lines.map(\.memoryMeasure) == Array(repeating: .pss, count: 6))
        #expect(lines.map(\.pssMB) == [12, 12, nil, 12, 12, 12])
        #expect(lines.allSatisfy { $0.rssMB == 60 })
        // The perf log says which measure the series is on every line, the gap's too.
        #expect(lines[2].perfFields.contains(" sut_mem=pss"))
        #expect(!lines[2].perfFields.contains(" sut_pss_mb="))
        #expect(lines[3].perfFields.contains(" sut_pss_mb=12.000"))
    }

    @Test func anRSSRunNeverReadsPSS() throws {
        let dir = try TestSupport.makeTemporaryDirectory("sut-measure-rss")
        defer { try? FileManager.default.removeItem(at: dir) }
        let asked = Atomic<Bool>(false)
        let system = SystemUnderTest(workers: nil, memoryMeasure: .rss) { withPSS in
            if withPSS { asked.store(true, ordering: .relaxed) }
            return SystemUnderTest.ForegroundReading(cpuNs: 0, rssBytes: 8 << 20, pssBytes: nil)
        }
        var probe = SUTProbe(system: system, busPath: dir.path, exclude: [])
        let line = probe.read()
        let askedForPSS = asked.load(ordering: .relaxed)
        #expect(!askedForPSS)
        #expect(line.memoryMeasure == .rss && line.pssMB == nil && line.rssMB == 8)
        #expect(line.perfFields.contains(" sut_mem=rss"))
    }

    @Test func aProcessThatExitedHoldsNoMemoryAndALiveOneDoes() throws {
        // A child that has exited and is not yet reaped (a zombie) has released its memory: a PSS read
        // that fails on it is no gap. The recorder itself holds memory.
        let pid = try CleanSpawn.spawn(["/bin/true"], stderrPath: "/dev/null")
        defer {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var zombie = false
        for _ in 0..<500 where !zombie {
            zombie = ProcessTable.entry(pid)?.state == UInt8(ascii: "Z")
            if !zombie { usleep(10_000) }
        }
        #expect(zombie)
        let start = try #require(ProcessStat.read(pid, buffer: &buffer)).startTime
        #expect(!ProcessStat.holdsMemory(pid, startTime: start, buffer: &buffer))
        #expect(ProcessStat.pss(pid, buffer: &buffer) == nil)
        let me = try #require(ProcessStat.read(getpid(), buffer: &buffer))
        #expect(ProcessStat.holdsMemory(getpid(), startTime: me.startTime, buffer: &buffer))
        #expect(!ProcessStat.holdsMemory(getpid(), startTime: me.startTime + 1, buffer: &buffer))
        #expect(ProcessStat.pssReadable == (ProcessStat.pss(getpid(), buffer: &buffer) != nil))
    }
}
