import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// A plan that cannot give good figures is said to be one before it runs.
@Suite struct PlanCheckTests {
    private func run(iterations: Int, scales: [Int], timeout: Double? = nil) -> RunConfiguration {
        RunConfiguration(
            iterations: iterations, scaleLevels: scales, statisticalRuns: 5, warmupRuns: 1, concurrency: 1,
            sampleIntervalSeconds: 1, timeoutSeconds: timeout, latencyRegressionThresholdMs: nil, seed: 1,
            targetOverheadPercent: 1, confidence: 0.95, untilDecided: false)
    }

    @Test func anInboxOverfilledAtSomeScaleIsNamedWithTheIterationsThatFit() {
        let findings = PlanCheck.inboxFindings(run(iterations: 2000, scales: [1, 2, 10]), capacity: 1000)
        // 1 agent: 2000 per inbox; 2 agents: 1000 (fits exactly); 10 agents: 200.
        #expect(findings.count == 1)
        #expect(findings[0].hasPrefix("at 1 agent a window of 2000 iterations puts 2000 messages into each inbox"))
        #expect(findings[0].contains("use --iterations 1000 or fewer"))
        #expect(PlanCheck.inboxFindings(run(iterations: 100, scales: [1, 10, 100]), capacity: 1000).isEmpty)
        #expect(PlanCheck.inboxFindings(run(iterations: 7, scales: [2]), capacity: 3).count == 1)  // ⌈7/2⌉ = 4 > 3
    }

    @Test func thePlansOperationsAreEveryWindowsExpectedSamples() {
        // One block at 1 agent, 10 iterations: baseline 20, control 20 (paired), metrics 20 (paired),
        // health 30 (with the call floor), rate limiting 30, shutdown 1, full 20 (paired) + 1 = 142;
        // six blocks (5 runs + 1 warm-up).
        #expect(PlanCheck.operationsPerBlock(run(iterations: 10, scales: [1]), agents: 1) == 142)
        #expect(PlanCheck.totalOperations(run(iterations: 10, scales: [1])) == 6 * 142)
    }

    @Test func aTimeBudgetTooSmallForThePlanIsSaid() {
        let plan = run(iterations: 10, scales: [1], timeout: 1)
        let finding = PlanCheck.timeFinding(plan, secondsPerOperation: 0.01)
        #expect(finding?.contains("need about 9 s at 10 ms each") == true, "\(finding ?? "nil")")
        #expect(PlanCheck.timeFinding(plan, secondsPerOperation: 0.0001) == nil)
        #expect(PlanCheck.timeFinding(run(iterations: 10, scales: [1]), secondsPerOperation: 1) == nil)
    }

    @Test func strictPlanRefusesBeforeCreatingAnything() throws {
        let dir = try TestSupport.makeTemporaryDirectory("plan")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("results.jsonl").path
        let errors = StringBox()
        let code = RecorderCommand.main(
            [
                "--scales", "1", "--iterations", "1200", "--runs", "2", "--strict-plan", "--results", results,
                "--perf-log", dir.appendingPathComponent("perf.log").path, "--bus-dir", dir.path,
            ], environment: [:], output: { _ in }, errors: { errors.append($0) })
        #expect(code == RecorderExitCode.usage)
        #expect(errors.value.contains("overhead-record: error: --strict-plan: at 1 agent"))
        #expect(!FileManager.default.fileExists(atPath: results))
    }

    @Test func theETAWeighsWindowsByTheirOperations() {
        let out = StringBox()
        let p = ProgressReporter(mode: .lines, totalWindows: 2, totalWork: 1100, emit: { out.append($0) })
        p.pilotSecondsPerOperation = 0.01
        p.blockStarting(agentCount: 1, run: 1, runs: 1, warmup: false)
        // Before any window: the pilot's rate, 1100 operations × 10 ms.
        #expect(out.value.contains("eta=11s"), "\(out.value)")
    }
}
