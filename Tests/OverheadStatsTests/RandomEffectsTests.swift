import OverheadStats
import Testing

/// Reference values from numpy/scipy (statsmodels 0.14 for DerSimonian–Laird):
///
///     def score(y, v, t2):   # the REML score
///         w = 1/(v+t2); mu = (w*y).sum()/w.sum()
///         return (w*w*(y-mu)**2).sum() - w.sum() + (w*w).sum()/w.sum()
///     t2  = 0 if score(y, v, 0) <= 0 else scipy.optimize.brentq(lambda t: score(y, v, t), 0, hi, rtol=1e-15)
///           # agrees with scipy.optimize.minimize_scalar on the REML negative log-likelihood
///     w   = 1/(v+t2); mu = (w*y).sum()/w.sum(); q = (w*(y-mu)**2).sum()/(k-1)
///     se  = sqrt(max(1, q)/w.sum())
///     ci  = mu ∓ scipy.stats.t.ppf(0.975, k-1)*se
///     pi  = mu ∓ scipy.stats.t.ppf(0.975, k-2)*sqrt(t2 + se**2)
///     wf = 1/v; Q = (wf*(y - (wf*y).sum()/wf.sum())**2).sum()
///     I2 = t2/(t2 + (k-1)*wf.sum()/(wf.sum()**2 - (wf*wf).sum()))
///     statsmodels.stats.meta_analysis.combine_effects(y, v, method_re="dl").tau2   # DL τ²
@Suite("Random-effects pooling (REML, HKSJ, prediction interval)")
struct RandomEffectsTests {
    static let d1 = (
        y: [0.0198, 0.0312, 0.0105, 0.0251, 0.0420, 0.0160],
        se: [0.004, 0.006, 0.005, 0.003, 0.010, 0.0045]
    )

    static func variances(_ se: [Double]) -> [Double] { se.map { $0 * $0 } }

    @Test("six heterogeneous hosts: τ², μ̂, HKSJ interval, prediction interval, Q and I²")
    func heterogeneous() throws {
        let fit = try #require(
            RandomEffects.fit(estimates: Self.d1.y, variances: Self.variances(Self.d1.se)))
        #expect(fit.k == 6)
        #expect(relativelyClose(fit.tauSquared, 5.037965820071089e-05, 1e-9))
        #expect(close(fit.estimate, 0.022271488902360304, 1e-12))
        #expect(relativelyClose(fit.hksjFactor, 1.2265969943218722, 1e-8))
        #expect(relativelyClose(fit.standardError, 0.0039768661428596225, 1e-9))
        #expect(relativelyClose(fit.cochranQ, 14.759916082321421, 1e-12))
        #expect(relativelyClose(fit.iSquared, 0.6989416337103491, 1e-9))
        let ci = fit.confidenceInterval(confidence: 0.95)
        #expect(relativelyClose(ci.lower, 0.012048629032768305, 1e-9))
        #expect(relativelyClose(ci.upper, 0.0324943487719523, 1e-9))
        #expect(ci.df == 5)
        let pi = try #require(fit.predictionInterval(confidence: 0.95))
        #expect(close(pi.lower, -0.000317775374420768, 1e-10))
        #expect(relativelyClose(pi.upper, 0.04486075317914137, 1e-9))
        #expect(pi.df == 4)
    }

    @Test("DerSimonian–Laird τ² matches statsmodels")
    func derSimonianLaird() throws {
        let fit = try #require(
            RandomEffects.fit(
                estimates: Self.d1.y, variances: Self.variances(Self.d1.se), estimator: .derSimonianLaird))
        #expect(relativelyClose(fit.tauSquared, 4.235855005967836e-05, 1e-10))
        // statsmodels combine_effects(..., method_re="dl").mean_effect_re
        #expect(close(fit.estimate, 0.022160525915554258, 1e-12))
    }

    @Test("hosts closer than their intervals: τ² = 0, I² = 0, and q < 1 does not narrow the interval")
    func homogeneous() throws {
        let y = [0.020, 0.021, 0.019, 0.0205]
        let v = Self.variances([0.005, 0.006, 0.004, 0.005])
        let fit = try #require(RandomEffects.fit(estimates: y, variances: v))
        #expect(fit.tauSquared == 0)
        #expect(fit.iSquared == 0)
        #expect(relativelyClose(fit.hksjFactor, 0.03300163132137037, 1e-9))
        #expect(relativelyClose(fit.standardError, 0.0024233771751660583, 1e-12))
        let ci = fit.confidenceInterval(confidence: 0.95)
        #expect(relativelyClose(ci.lower, 0.012201272229957483, 1e-11))
        #expect(relativelyClose(ci.upper, 0.027625807704789666, 1e-11))
        let pi = try #require(fit.predictionInterval(confidence: 0.95))
        #expect(relativelyClose(pi.lower, 0.009486589549432795, 1e-11))
        #expect(relativelyClose(pi.upper, 0.030340490385314355, 1e-11))
        // statsmodels' DL leaves τ² negative here (-2.339e-05); ours is truncated at 0.
        let dl = try #require(RandomEffects.fit(estimates: y, variances: v, estimator: .derSimonianLaird))
        #expect(dl.tauSquared == 0)
    }

    @Test("identical estimates: the interval keeps the within-host width (q = 0 → max(1, q))")
    func identical() throws {
        let v = Self.variances([0.005, 0.006, 0.004])
        let fit = try #require(RandomEffects.fit(estimates: [0.02, 0.02, 0.02], variances: v))
        #expect(fit.tauSquared == 0 && fit.hksjFactor == 0)
        // 1/sqrt(1/0.005² + 1/0.006² + 1/0.004²) = 0.002770542579237661 (numpy)
        #expect(relativelyClose(fit.standardError, 0.002770542579237661, 1e-12))
        #expect(fit.confidenceInterval(confidence: 0.95).halfWidth > 0)
    }

    @Test("two hosts: HKSJ with 1 df (wide), no prediction interval")
    func twoHosts() throws {
        let fit = try #require(
            RandomEffects.fit(estimates: [0.01, 0.03], variances: Self.variances([0.004, 0.005])))
        #expect(relativelyClose(fit.tauSquared, 0.00017949999999999994, 1e-9))
        #expect(close(fit.estimate, 0.019775, 1e-12))
        #expect(relativelyClose(fit.iSquared, 0.8975, 1e-9))
        let ci = fit.confidenceInterval(confidence: 0.95)
        #expect(relativelyClose(ci.lower, -0.10725488070940119, 1e-8))
        #expect(relativelyClose(ci.upper, 0.14680488070940118, 1e-8))
        #expect(fit.predictionInterval(confidence: 0.95) == nil)
    }

    @Test("three hosts: prediction interval with 1 df")
    func threeHosts() throws {
        let fit = try #require(
            RandomEffects.fit(estimates: [0.012, 0.028, 0.02], variances: Self.variances([0.003, 0.004, 0.006])))
        #expect(relativelyClose(fit.tauSquared, 5.798717369316823e-05, 1e-9))
        #expect(close(fit.estimate, 0.019710903560137952, 1e-12))
        #expect(relativelyClose(fit.standardError, 0.005058262976145036, 1e-9))
        let pi = try #require(fit.predictionInterval(confidence: 0.95))
        #expect(relativelyClose(pi.lower, -0.09644715896049198, 1e-8))
        #expect(relativelyClose(pi.upper, 0.13586896608076787, 1e-8))
    }

    @Test("unusable input: fewer than two, mismatched, non-finite, zero variance")
    func invalid() {
        #expect(RandomEffects.fit(estimates: [0.1], variances: [0.01]) == nil)
        #expect(RandomEffects.fit(estimates: [0.1, 0.2], variances: [0.01]) == nil)
        #expect(RandomEffects.fit(estimates: [0.1, .nan], variances: [0.01, 0.01]) == nil)
        #expect(RandomEffects.fit(estimates: [0.1, 0.2], variances: [0.01, 0]) == nil)
    }
}
