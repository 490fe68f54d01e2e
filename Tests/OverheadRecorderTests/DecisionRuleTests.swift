import OverheadFormat
import Testing

@testable import OverheadRecorder

@Suite struct DecisionRuleTests {
    private let rule = DecisionRules.standard!

    /// Baseline means around 0.2 ms with ±1% block noise; treatment = baseline × ratio.
    private func series(_ criterion: OverheadComponent, limit: Double, ratio: Double, blocks: Int) -> CriterionSeries {
        let noise = [1.0, 1.01, 0.99, 1.005, 0.995, 1.002, 0.998, 1.0, 1.003, 0.997]
        let baseline = (0..<blocks).map { 0.2 * noise[$0 % noise.count] }
        let jitter = [1.0, 1.001, 0.999, 1.0005, 0.9995]
        let treatment = baseline.enumerated().map { $1 * ratio * jitter[$0 % jitter.count] }
        return CriterionSeries(criterion: criterion, limitPercent: limit, baseline: baseline, treatment: treatment)
    }

    @Test func clearOverheadsAreDecidedBothWays() {
        let verdicts = rule(
            [
                series(.total, limit: 1, ratio: 1.001, blocks: 10),  // 0.1% ≪ 1%: pass
                series(.metrics, limit: 0.5, ratio: 1.05, blocks: 10),  // 5% ≫ 0.5%: fail
                series(.health, limit: 0.3, ratio: 0.1, blocks: 10),  // 10% of a send / 10 = 1% > 0.3%: fail
                series(.rateLimiting, limit: 0.2, ratio: 0.0005, blocks: 10),  // 0.05% < 0.2%: pass
            ], 0.95)
        #expect(verdicts == [.pass, .fail, .fail, .pass])
    }

    @Test func tooFewBlocksOrABorderlineEffectStayInconclusive() {
        #expect(rule([series(.total, limit: 1, ratio: 1.001, blocks: 1)], 0.95) == [.inconclusive])
        #expect(rule([series(.total, limit: 1, ratio: 1.01, blocks: 3)], 0.95) == [.inconclusive])
    }

    @Test func perBlockOverheadsUseEachCriterionsKind() {
        let s = CriterionSeries(criterion: .health, limitPercent: 0.3, baseline: [0.2], treatment: [0.1])
        #expect(abs(s.overheads[0] - 5) < 1e-12)  // 100 · 0.1/10 / 0.2
        let t = CriterionSeries(criterion: .total, limitPercent: 1, baseline: [0.2], treatment: [0.21])
        #expect(abs(t.overheads[0] - 5) < 1e-9)
    }
}

@Suite struct PairedDecisionRuleTests {
    @Test func pairedComponentsAreDecidedOnTheirWindows() {
        let rule = DecisionRules.standard!
        // Block means that say nothing (equal), and windows that say 0.2% ± 0.05 or 3% ± 0.1.
        let flat = [0.2, 0.2, 0.2, 0.2, 0.2]
        let low = CriterionSeries(
            criterion: .synthetic, limitPercent: 1, baseline: flat, treatment: flat,
            windowPercents: [0.2, 0.25, 0.15, 0.22, 0.18])
        let high = CriterionSeries(
            criterion: .total, limitPercent: 1, baseline: flat, treatment: flat,
            windowPercents: [3.0, 3.1, 2.9, 3.05, 2.95])
        let none = CriterionSeries(
            criterion: .metrics, limitPercent: 0.5, baseline: flat, treatment: flat, windowPercents: [0.1])
        #expect(rule([low, high, none], 0.95) == [.pass, .fail, .inconclusive])
    }
}
