import Testing

@testable import OverheadRecorder

@Suite struct ProgressTests {
    private func drive(_ mode: ProgressReporter.Mode) -> String {
        let out = StringBox()
        let p = ProgressReporter(mode: mode, totalWindows: 4, emit: { out.append($0) })
        p.blockStarting(agentCount: 10, run: 1, runs: 2, warmup: false)
        p.windowStarting(agentCount: 10, test: "baseline", run: 1, runs: 2, warmup: false)
        p.windowFinished()
        p.windowStarting(agentCount: 10, test: "health_integration", run: 1, runs: 2, warmup: false)
        p.windowFinished()
        p.note("done")
        p.finish()
        return out.value
    }

    @Test func liveModeRewritesOneLineWithScaleTestRunAndETA() {
        let text = drive(.live)
        #expect(text.contains("\r"))
        #expect(text.contains("[10 agents] run 1/2 health_integration  25%  ETA "))
        #expect(text.hasSuffix("overhead-record: done\n"))
    }

    @Test func plainModeWritesWholeLinesWithoutCarriageReturns() {
        let text = drive(.lines)
        #expect(!text.contains("\r"))
        #expect(text.contains("overhead-record: agents=10 run 1/2 elapsed="))
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func quietModeWritesNothing() {
        #expect(drive(.quiet).isEmpty)
    }

    @Test func theSoakHasItsOwnProgressAndCountsInTheETA() {
        let out = StringBox()
        let p = ProgressReporter(mode: .lines, totalWindows: 2, emit: { out.append($0) })
        p.soakSeconds = 70
        p.windowFinished()
        p.blockStarting(agentCount: 1, run: 1, runs: 1, warmup: false)
        // One window of two done, the soak not started: at least the soak's 70 s remain.
        let eta = out.value.components(separatedBy: "eta=").last ?? ""
        #expect(eta.hasPrefix("1m10s"), "\(out.value)")
        p.soakProgress(done: 10.2)
        p.soakProgress(done: 12)  // the same ten seconds: no second line
        p.soakProgress(done: 20.1)
        #expect(out.value.contains("overhead-record: soak 10s/1m10s eta=1m0s\n"))
        #expect(out.value.contains("overhead-record: soak 20s/1m10s eta=50s\n"))
        #expect(out.value.components(separatedBy: "soak ").count == 3)
        let live = StringBox()
        let q = ProgressReporter(mode: .live, totalWindows: 1, emit: { live.append($0) })
        q.soakSeconds = 70
        q.soakProgress(done: 35)
        #expect(live.value == "\r\u{1B}[K[soak] 35s/1m10s  ETA 35s")
    }
}
