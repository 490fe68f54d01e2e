import OverheadStats
import Testing

@Suite("Holm–Bonferroni and threshold verdicts")
struct DecisionTests {
    @Test func holmFirstExample() {
        // m = 4, α = 0.05. Sorted: 0.005 ≤ 0.05/4 reject; 0.01 ≤ 0.05/3 reject; 0.03 > 0.05/2 stop.
        // Adjusted (statsmodels multipletests(method="holm") convention, by hand):
        // 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06, max(0.06, 1·0.04) = 0.06.
        let p = [0.01, 0.04, 0.03, 0.005]
        #expect(HolmBonferroni.rejections(pValues: p, alpha: 0.05) == [true, false, false, true])
        let adjusted = HolmBonferroni.adjusted(pValues: p)
        for (got, want) in zip(adjusted, [0.03, 0.06, 0.06, 0.02]) { #expect(close(got, want, 1e-15)) }
    }

    @Test func holmSecondExample() {
        // m = 5: 0.001 ≤ 0.01 reject; 0.012 ≤ 0.0125 reject; 0.02 > 0.05/3 stop (0.04 would pass
        // its own level 0.025 but is never reached). Adjusted: 0.005, 0.048, 0.06, 0.08, 0.3.
        let p = [0.02, 0.001, 0.3, 0.012, 0.04]
        #expect(HolmBonferroni.rejections(pValues: p, alpha: 0.05) == [false, true, false, true, false])
        let adjusted = HolmBonferroni.adjusted(pValues: p)
        for (got, want) in zip(adjusted, [0.06, 0.005, 0.3, 0.048, 0.08]) { #expect(close(got, want, 1e-15)) }
        // Rejections agree with adjusted ≤ α.
        #expect(adjusted.map { $0 <= 0.05 } == HolmBonferroni.rejections(pValues: p, alpha: 0.05))
    }

    @Test func holmEdges() {
        #expect(HolmBonferroni.rejections(pValues: [], alpha: 0.05) == [])
        #expect(HolmBonferroni.rejections(pValues: [.nan, 0.001], alpha: 0.05) == [false, true])
        #expect(HolmBonferroni.rejections(pValues: [0.05], alpha: 0.05) == [true])
    }

    static let xs = [0.5, 1.2, 0.8, 1.9, 1.1]

    @Test func oneSidedPValuesMatchScipy() throws {
        // t = (mean − L)/sem; scipy.stats.t.cdf(t, 4) and scipy.stats.t.sf(t, 4)
        let i = try #require(MeanInterval.of(Self.xs, confidence: 0.95))
        let pass = ThresholdTest.decide(i, limit: 2.0, alpha: 0.05)
        #expect(relativelyClose(pass.pPass, 0.009248621652153016, 1e-9))
        #expect(close(pass.pFail, 0.990751378347847, 1e-12))
        #expect(pass.verdict == .pass)
        let fail = ThresholdTest.decide(i, limit: 0.2, alpha: 0.05)
        #expect(relativelyClose(fail.pFail, 0.009248621652153007, 1e-9))
        #expect(fail.verdict == .fail)
        let open = ThresholdTest.decide(i, limit: 1.5, alpha: 0.05)
        #expect(relativelyClose(open.pPass, 0.0816394928732966, 1e-9))
        #expect(open.verdict == .inconclusive)
        // MDE = (t.ppf(0.975, 4) + t.ppf(0.8, 4))·sem = 0.8718098480101917
        #expect(close(open.minimumDetectableEffect, 0.8718098480101917, 1e-10))
        // scipy: smallest m with t.ppf(0.975, 4 + m − 5)·sem·√(5/m) < |1.1 − 1.5| is m = 10 → 5 more
        // (the fixed-df rule ⌈5·(t.ppf(0.975, 4)·sem/0.4)²⌉ − 5 gave 9)
        #expect(open.additionalBlocksNeeded == 5)
        #expect(pass.additionalBlocksNeeded == 0)
    }

    @Test("a single verdict equals the interval rule", arguments: [0.3, 0.44, 0.45, 0.9, 1.1, 1.3, 1.74, 1.76, 2.5])
    func singleVerdictEqualsIntervalRule(limit: Double) throws {
        let i = try #require(MeanInterval.of(Self.xs, confidence: 0.95))
        let expected: ThresholdTest.Verdict = i.upper < limit ? .pass : (i.lower > limit ? .fail : .inconclusive)
        #expect(ThresholdTest.decide(i, limit: limit, alpha: 0.05).verdict == expected)
        #expect(ThresholdTest.decideAll([(i, limit)], confidence: 0.95).first?.verdict == expected)
    }

    @Test func familyCorrectionWithholdsBorderlineDecisions() throws {
        // Alone, limit 1.79 is a pass at 95% (upper bound 1.751); among three criteria whose other
        // two are far from decided, Holm compares it with 0.05/3 and withholds the decision.
        let i = try #require(MeanInterval.of(Self.xs, confidence: 0.95))
        #expect(ThresholdTest.decide(i, limit: 1.79, alpha: 0.05).verdict == .pass)
        let family = ThresholdTest.decideAll([(i, 1.79), (i, 1.1001), (i, 1.0999)], confidence: 0.95)
        #expect(family.map(\.verdict) == [.inconclusive, .inconclusive, .inconclusive])
        #expect(close(family[0].alpha, 0.05 / 3, 1e-15))
        #expect(family[0].additionalBlocksNeeded.map { $0 >= 1 } == true)
        // A criterion far below its limit survives the correction.
        let strong = ThresholdTest.decideAll([(i, 5.0), (i, 1.5)], confidence: 0.95)
        #expect(strong.map(\.verdict) == [.pass, .inconclusive])
        #expect(close(strong[0].alpha, 0.025, 1e-15) && close(strong[1].alpha, 0.05, 1e-15))
    }

    @Test func degenerateIntervals() {
        let point = MeanInterval(estimate: 0.4, standardError: 0, df: 4, n: 5, confidence: 0.95)
        #expect(ThresholdTest.decide(point, limit: 1, alpha: 0.05).verdict == .pass)
        #expect(ThresholdTest.decide(point, limit: 0.4, alpha: 0.05).verdict == .inconclusive)
        let broken = MeanInterval(estimate: 0.4, standardError: .nan, df: 0, n: 1, confidence: 0.95)
        let t = ThresholdTest.decide(broken, limit: 1, alpha: 0.05)
        #expect(t.verdict == .inconclusive && t.pValue.isNaN && t.additionalBlocksNeeded == nil)
    }
}
