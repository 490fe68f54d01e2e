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
}
