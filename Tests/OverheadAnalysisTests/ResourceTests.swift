import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Resources per scale and per test window")
struct ResourceTests {
    /// Perf samples every second from t0; scale 1 runs during seconds 0–10, scale 10 during 20–30,
    /// each with two tests of 5 s. CPU is 10·agents so the assignment shows in the averages.
    func recording() -> Recording {
        var rec = SyntheticRecording().build()
        let t0 = 1_800_000_000.0
        rec.perf = (0...40).map { i in
            let t = t0 + Double(i)
            let cpu: Double = i <= 10 ? 10 : (i >= 20 && i <= 30 ? 100 : 1)
            return PerfSample(unixTime: t, cpuPercent: cpu, memoryMB: 1000, tmpfsMB: Double(i))
        }
        func window(_ test: String, _ agents: Int, _ from: Double, _ to: Double, warmup: Bool = false) -> [WindowMark] {
            [
                WindowMark(
                    event: .start, timestamp: "t", unixTime: t0 + from, testName: test, agentCount: agents, run: 1,
                    warmup: warmup),
                WindowMark(
                    event: .end, timestamp: "t", unixTime: t0 + to, testName: test, agentCount: agents, run: 1,
                    warmup: warmup),
            ]
        }
        rec.windows =
            window("baseline", 1, 0.5, 4.5) + window("full_integration", 1, 5.5, 9.5)
            + window("baseline", 10, 20.5, 24.5) + window("full_integration", 10, 25.5, 29.5)
            + window("baseline", 100, 35, 36, warmup: true)
        return rec
    }

    @Test("samples are assigned to the scale and window they cover")
    func assignment() throws {
        let r = try #require(try Analyzer.analyze(recording()).resources)
        #expect(r.overall.samples == 41)
        #expect(r.perScale.map(\.agentCount) == [1, 10])
        let one = r.perScale[0]
        let ten = r.perScale[1]
        // A sample at t covers (t − 1 s, t]: scale 1 spans 0.5…9.5 → samples 1…10; scale 10 → 21…30.
        #expect(one.stats.samples == 10 && one.stats.cpuAvg == 10)
        #expect(ten.stats.samples == 10 && ten.stats.cpuAvg == 100)
        #expect(one.startUnixTime == 1_800_000_000.5 && one.endUnixTime == 1_800_000_009.5)
        let windows = r.perWindow.map { "\($0.agentCount)/\($0.testName ?? "-")" }
        #expect(windows == ["1/baseline", "1/full_integration", "10/baseline", "10/full_integration"])
        // baseline at 1 agent: 0.5…4.5 → samples at 1…5 (the one at 5 covers 4…5).
        #expect(r.perWindow[0].stats.samples == 5)
        #expect(r.perWindow[0].stats.tmpfsMaxMB == 5)
        #expect(r.timeline.count == 41 && r.timeline[0].unixTime == 1_800_000_000)
        // tmpfs grows by 1 MB per second: 60 MB/min.
        #expect(abs(r.tmpfsSlopeMBPerMin!.value - 60) < 1e-6)
    }
}
