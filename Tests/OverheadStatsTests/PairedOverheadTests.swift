import OverheadStats
import Testing

@Suite("Paired block overhead")
struct PairedOverheadTests {
    static let baseline = [0.100, 0.104, 0.098, 0.110, 0.101]
    static let treatment = [0.1012, 0.1049, 0.0995, 0.1108, 0.1021]

    @Test func logRatioIsTheDefaultAndMatchesNumpy() throws {
        // θ = log(t/b); θ̄ = 0.010762793894051107, sem 0.0013772530290554995;
        // 100·expm1(θ̄) = 1.0820921110165358; 100·expm1 of scipy.stats.t.interval(0.95, 4, θ̄, sem):
        // 0.6963056593251868, 1.4693565830318094; delta-method SE 100·exp(θ̄)·sem = 0.13921561754316453
        let i = try #require(
            PairedOverhead.relative(baseline: Self.baseline, treatment: Self.treatment, confidence: 0.95))
        #expect(close(i.estimate, 1.0820921110165358, 1e-12))
        #expect(close(i.lower, 0.6963056593251868, 1e-11) && close(i.upper, 1.4693565830318094, 1e-11))
        #expect(close(i.standardError, 0.13921561754316453, 1e-12))
        let scale = try #require(i.logScale)
        #expect(
            close(scale.estimate, 0.010762793894051107, 1e-14)
                && close(scale.standardError, 0.0013772530290554995, 1e-14))
        #expect(i.df == 4 && i.n == 5)
    }

    @Test func thresholdTestsRunOnTheLogScale() throws {
        // t = (θ̄ − log(1.01))/sem: scipy.stats.t.cdf(t, 4) = 0.7065201651486548, t.sf = 0.2934798348513452;
        // against 2%: t.cdf((θ̄ − log(1.02))/sem, 4) = 0.0013936372159586237
        let i = try #require(
            PairedOverhead.relative(baseline: Self.baseline, treatment: Self.treatment, confidence: 0.95))
        let at1 = ThresholdTest.decide(i, limit: 1, alpha: 0.05)
        #expect(close(at1.pPass, 0.7065201651486548, 1e-10) && close(at1.pFail, 0.2934798348513452, 1e-10))
        #expect(at1.verdict == .inconclusive)
        let at2 = ThresholdTest.decide(i, limit: 2, alpha: 0.05)
        #expect(relativelyClose(at2.pPass, 0.0013936372159586237, 1e-8) && at2.verdict == .pass)
        // MDE reported in percent above the limit: 100·1.01·expm1((t.ppf(0.975,4) + t.ppf(0.8,4))·sem) = 0.5184271811479169
        #expect(close(at1.minimumDetectableEffect, 0.5184271811479169, 1e-10))
        // The verdict agrees with the mapped bounds at every limit.
        for limit in stride(from: 0.5, through: 1.7, by: 0.01) {
            let v = ThresholdTest.decide(i, limit: limit, alpha: 0.05).verdict
            let expected: ThresholdTest.Verdict = i.upper < limit ? .pass : (i.lower > limit ? .fail : .inconclusive)
            #expect(v == expected, "limit \(limit)")
        }
        // A limit the scale cannot reach (−100% or below) is always exceeded.
        #expect(ThresholdTest.decide(i, limit: -100, alpha: 0.05).verdict == .fail)
        // The interval re-evaluated at another level keeps its log scale.
        let wide = i.at(confidence: 0.99)
        #expect(wide.logScale == i.logScale && wide.lower < i.lower && wide.upper > i.upper)
    }

    @Test func meanOfRatiosMatchesNumpy() throws {
        // o = 100·(t/b − 1); o.mean() = 1.0824756996892804, scipy.stats.sem(o) = 0.13928029550228502,
        // scipy.stats.t.interval(0.95, 4, loc, scale) = (0.6957716049914588, 1.469179794387102)
        let i = try #require(
            PairedOverhead.interval(
                baseline: Self.baseline, treatment: Self.treatment,
                confidence: 0.95, method: .meanOfRatios))
        #expect(close(i.estimate, 1.0824756996892804, 1e-12))
        #expect(close(i.standardError, 0.13928029550228502, 1e-12))
        #expect(close(i.lower, 0.6957716049914588, 1e-11) && close(i.upper, 1.469179794387102, 1e-11))
        #expect(i.logScale == nil)
        let perBlock = PairedOverhead.perBlock(baseline: Self.baseline, treatment: Self.treatment)
        #expect(close(perBlock[0], 1.200000000000001, 1e-12) && perBlock.count == 5)
    }

    @Test func scaledAndAdditive() throws {
        // health: log(h/b); 10·exp(θ̄) = 1.9874509483742768, bounds 10·exp(t.interval) = 1.9496033767647178, 2.026033253362847
        let h = [0.02, 0.021, 0.019, 0.022, 0.02]
        let s = try #require(
            PairedOverhead.scaled(baseline: Self.baseline, treatment: h, factor: 0.1, confidence: 0.95))
        #expect(close(s.estimate, 1.9874509483742768, 1e-12))
        #expect(close(s.lower, 1.9496033767647178, 1e-12) && close(s.upper, 2.026033253362847, 1e-12))
        let a = try #require(PairedOverhead.additive(baseline: Self.baseline, treatment: h, confidence: 0.95))
        #expect(close(a.estimate, 19.874509483742768, 1e-12))
        // mean of ratios: 100·h·0.1/b; mean 1.9876408598473663, sem 0.01368692319182471
        let m = try #require(
            PairedOverhead.interval(
                baseline: Self.baseline, treatment: h, kind: .scaled(0.1),
                confidence: 0.95, method: .meanOfRatios))
        #expect(close(m.estimate, 1.9876408598473663, 1e-12) && close(m.standardError, 0.01368692319182471, 1e-12))
    }

    @Test func invalidBlocksAreDroppedAndMismatchesRejected() {
        #expect(PairedOverhead.perBlock(baseline: [0, 1, .nan, 2], treatment: [1, 1.1, 1, .infinity]).count == 1)
        #expect(PairedOverhead.relative(baseline: [1, 2], treatment: [1], confidence: 0.95) == nil)
        #expect(PairedOverhead.relative(baseline: [1, 0], treatment: [1, 1], confidence: 0.95) == nil)
    }
}
