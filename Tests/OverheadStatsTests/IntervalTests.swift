import OverheadStats
import Testing

@Suite("Mean intervals, Welch, least squares")
struct IntervalTests {
    @Test func oneSampleTInterval() throws {
        // scipy.stats.t.interval(0.95, 4, loc=np.mean(xs), scale=scipy.stats.sem(xs)), xs = [0.5, 1.2, 0.8, 1.9, 1.1]
        let i = try #require(MeanInterval.of([0.5, 1.2, 0.8, 1.9, 1.1], confidence: 0.95))
        #expect(close(i.estimate, 1.1, 1e-14))
        #expect(close(i.standardError, 0.23452078799117143, 1e-13))
        #expect(close(i.lower, 0.4488659061147827, 1e-12))
        #expect(close(i.upper, 1.7511340938852173, 1e-12))
        #expect(i.df == 4 && i.n == 5 && i.confidence == 0.95)
        #expect(MeanInterval.of([1], confidence: 0.95) == nil)
        #expect(MeanInterval.of([1, .nan], confidence: 0.95) == nil)
    }

    @Test func zeroSpreadCollapsesToThePoint() throws {
        let i = try #require(MeanInterval.of([2, 2, 2], confidence: 0.95))
        #expect(i.lower == 2 && i.upper == 2 && i.standardError == 0)
    }

    @Test func welchMatchesScipy() throws {
        // a, b below; numpy/scipy: mean(b) − mean(a) = 0.05249999999999999,
        // SE = sqrt(var(a,ddof=1)/6 + var(b,ddof=1)/8) = 0.016635089133400834,
        // Welch–Satterthwaite df = 11.997500318667381 (= scipy.stats.ttest_ind(b, a, equal_var=False).df),
        // 95% bounds diff ∓ t.ppf(0.975, df)·SE = 0.016254416813602422, 0.08874558318639755
        let a = [0.31, 0.29, 0.35, 0.30, 0.33, 0.28]
        let b = [0.36, 0.30, 0.41, 0.38, 0.35, 0.37, 0.40, 0.33]
        let i = try #require(MeanInterval.welchDifference(a, b, confidence: 0.95))
        #expect(close(i.estimate, 0.05249999999999999, 1e-13))
        #expect(close(i.standardError, 0.016635089133400834, 1e-12))
        #expect(close(i.df, 11.997500318667381, 1e-10))
        #expect(close(i.lower, 0.016254416813602422, 1e-11))
        #expect(close(i.upper, 0.08874558318639755, 1e-11))
        #expect(i.n == 6)
        // ttest_ind two-sided p-value 0.008284382975590782 = 2·min(pPass, pFail) against limit 0
        let test = ThresholdTest.decide(i, limit: 0, alpha: 0.05)
        #expect(relativelyClose(test.pValue, 0.008284382975590782, 1e-9))
        #expect(test.verdict == .fail)
    }

    @Test func welchPercentChangeOnTheLogScale() throws {
        // log a, log b: θ = mean(log b) − mean(log a) = 0.15485085048873093, Welch SE 0.049567870023784516,
        // df 11.873066244568891 (= scipy.stats.ttest_ind(log b, log a, equal_var=False).df);
        // 100·expm1(θ) = 16.74838184778635, 100·expm1(θ ∓ t.ppf(0.975, df)·SE) = 4.783228908863881, 30.079830579867895
        let a = [0.31, 0.29, 0.35, 0.30, 0.33, 0.28]
        let b = [0.36, 0.30, 0.41, 0.38, 0.35, 0.37, 0.40, 0.33]
        let i = try #require(MeanInterval.welchPercentChange(a, b, confidence: 0.95))
        #expect(close(i.estimate, 16.74838184778635, 1e-11))
        #expect(close(i.lower, 4.783228908863881, 1e-10) && close(i.upper, 30.079830579867895, 1e-10))
        #expect(close(i.df, 11.873066244568891, 1e-9))
        // Against a 10% maximum regression: t = (θ − log 1.1)/SE, scipy.stats.t.sf(t, df) = 0.1265449752436982
        let test = ThresholdTest.decide(i, limit: 10, alpha: 0.05)
        #expect(close(test.pFail, 0.1265449752436982, 1e-9) && test.verdict == .inconclusive)
        // ttest_ind p-value 0.008891823607725243 against no change
        #expect(relativelyClose(ThresholdTest.decide(i, limit: 0, alpha: 0.05).pValue, 0.008891823607725243, 1e-8))
        #expect(MeanInterval.welchPercentChange([1], b, confidence: 0.95) == nil)
    }

    @Test func serialCorrelationWidensTheInterval() throws {
        // x = [1,3,2,5,4,6,5,8]: r₁ = Σd_i·d_{i+1}/Σd² = 0.24471830985915494 (numpy), Kendall-corrected
        // r₁ + (1 + 4r₁)/8 = 0.4920774647887324; SE = std(ddof=1)/√8·√((1+ρ)/(1−ρ)) = 1.3646368912685678,
        // df = 8·(1−ρ)/(1+ρ) − 1 = 1.7233038348082594, half-width t.ppf(0.975, df)·SE = 6.8743175236584335
        let x: [Double] = [1, 3, 2, 5, 4, 6, 5, 8]
        #expect(close(MeanInterval.lag1Autocorrelation(x), 0.4920774647887324, 1e-14))
        let i = try #require(MeanInterval.ofSeriallyCorrelated(x, confidence: 0.95))
        #expect(close(i.standardError, 1.3646368912685678, 1e-12) && close(i.df, 1.7233038348082594, 1e-12))
        #expect(close(i.halfWidth, 6.8743175236584335, 1e-9))
        // Alternating values are not credited with negative correlation: the plain interval.
        let alternating: [Double] = [1, 2, 1, 2, 1, 2, 1, 2]
        #expect(MeanInterval.lag1Autocorrelation(alternating) == 0)
        #expect(
            MeanInterval.ofSeriallyCorrelated(alternating, confidence: 0.95)
                == MeanInterval.of(alternating, confidence: 0.95))
        #expect(MeanInterval.ofSeriallyCorrelated([1, 2], confidence: 0.95) == nil)
        // The two-recording version is never narrower than plain Welch.
        let a = [0.31, 0.30, 0.32, 0.33, 0.35, 0.34]
        let b = [0.36, 0.37, 0.36, 0.38, 0.40, 0.41, 0.40, 0.42]
        let plain = try #require(MeanInterval.welchPercentChange(a, b, confidence: 0.95))
        let serial = try #require(MeanInterval.welchPercentChangeSerial(a, b, confidence: 0.95))
        #expect(close(serial.estimate, plain.estimate, 1e-12))
        #expect(serial.lower < plain.lower && serial.upper > plain.upper)
    }

    @Test func pooledAutocorrelationAndGivenAutocorrelationWelch() throws {
        // numpy: each series standardised (x − mean)/std(ddof=1), summed by position into S per
        // group, S demeaned; r₁ = Σ_g ΣS_gᵢS_g(ᵢ₊₁) / Σ_g ΣS_gᵢ² = 0.34998124587098484 over the groups
        // (lengths 8 and 6), Kendall-corrected r₁ + (1 + 4r₁)/7 = 0.6928276720829761. The 2-value
        // series is skipped.
        let s1 = [1.0, 1.3, 1.2, 1.6, 1.5, 1.9, 1.7, 1.4]
        let s2 = [5.0, 5.1, 4.8, 5.6, 5.9, 6.2, 5.8, 5.3]
        let g2 = [[2.0, 2.4, 2.1, 1.9, 2.2, 2.3]]
        #expect(
            close(MeanInterval.pooledLag1Autocorrelation([[s1, s2, [0.2, 0.25]], g2]), 0.6928276720829761, 1e-13))
        #expect(MeanInterval.pooledLag1Autocorrelation([[[1, 2, 1, 2, 1, 2]]]) == 0)
        #expect(MeanInterval.pooledLag1Autocorrelation([[[1, 1, 1], [2]], []]) == 0)
        #expect(MeanInterval.pooledLag1Autocorrelation([[Array(stride(from: 1.0, through: 40, by: 1))]]) == 0.9)
        // numpy/scipy, log values, per side u = var(ddof=1)/n·(1+ρ)/(1−ρ), ν = max(1, n(1−ρ)/(1+ρ) − 1),
        // Welch–Satterthwaite df; ρ_a = 0.3, ρ_b = 0.6: SE 0.01970670241322223, df 2.2038535500284926,
        // percent 8.959691275100042 in [0.813942237872595, 17.763615420894613] (t.ppf(0.975, df)).
        let a = [0.101, 0.097, 0.104, 0.099, 0.103, 0.100, 0.098, 0.102]
        let b = [0.108, 0.111, 0.106, 0.113, 0.109, 0.110, 0.112, 0.107]
        let i = try #require(
            MeanInterval.welchPercentChange(a, b, autocorrelationA: 0.3, autocorrelationB: 0.6, confidence: 0.95))
        #expect(close(i.logScale!.standardError, 0.01970670241322223, 1e-13) && close(i.df, 2.2038535500284926, 1e-10))
        #expect(close(i.estimate, 8.959691275100042, 1e-10))
        #expect(close(i.lower, 0.813942237872595, 1e-7) && close(i.upper, 17.763615420894613, 1e-7))
        // ρ = 0 on both sides is plain Welch.
        let zero = try #require(
            MeanInterval.welchPercentChange(a, b, autocorrelationA: 0, autocorrelationB: 0, confidence: 0.95))
        let plain = try #require(MeanInterval.welchPercentChange(a, b, confidence: 0.95))
        #expect(
            close(zero.lower, plain.lower, 1e-10) && close(zero.upper, plain.upper, 1e-10)
                && close(zero.df, plain.df, 1e-10))
        #expect(
            MeanInterval.welchPercentChange(a, b, autocorrelationA: .nan, autocorrelationB: 0, confidence: 0.95) == nil)
    }

    @Test func linearFitMatchesLinregress() throws {
        // scipy.stats.linregress(x, y): slope 0.0002177177177177176, intercept 0.12594444444444447,
        // stderr 7.071019986393225e-05, intercept_stderr 0.004103019896645924, rvalue² 0.7032713406475773;
        // slope ∓ t.ppf(0.975, 4)·stderr = 2.13947294179452e-05, 0.00041404070601749
        let x: [Double] = [1, 10, 100, 1, 10, 100]
        let y = [0.12, 0.135, 0.145, 0.118, 0.137, 0.149]
        let fit = try #require(LinearFit.of(x: x, y: y))
        #expect(relativelyClose(fit.slope, 0.0002177177177177176, 1e-11))
        #expect(relativelyClose(fit.intercept, 0.12594444444444447, 1e-12))
        #expect(relativelyClose(fit.slopeStandardError, 7.071019986393225e-05, 1e-10))
        #expect(relativelyClose(fit.interceptStandardError, 0.004103019896645924, 1e-10))
        #expect(relativelyClose(fit.rSquared, 0.7032713406475773, 1e-10))
        #expect(fit.df == 4 && fit.n == 6)
        let (lo, hi) = fit.slopeInterval(confidence: 0.95)
        #expect(relativelyClose(lo, 2.13947294179452e-05, 1e-9))
        #expect(relativelyClose(hi, 0.00041404070601749, 1e-10))
    }

    @Test func linearFitDegenerateCases() throws {
        #expect(LinearFit.of(x: [1, 1, 1], y: [1, 2, 3]) == nil)
        #expect(LinearFit.of(x: [1, 2], y: [1]) == nil)
        let two = try #require(LinearFit.of(x: [1, 3], y: [2, 6]))
        #expect(two.slope == 2 && two.intercept == 0)
        #expect(two.slopeInterval(confidence: 0.95) == (-.infinity, .infinity))
        #expect(two.slopeMeanInterval(confidence: 0.95) == nil)
        let exact = try #require(LinearFit.of(x: [1, 2, 3], y: [1, 2, 3]))
        #expect(exact.slopeInterval(confidence: 0.95) == (1, 1))
    }
}
