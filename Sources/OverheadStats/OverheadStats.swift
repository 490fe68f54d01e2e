/// Pure statistics for OverheadBench: no I/O, no dependencies. Every function documents its
/// formula; tests compare against numpy/scipy reference values.
///
/// API contract (implemented across the files of this module):
///
///     Descriptive.of(_ xs: [Double]) -> Descriptive?          // n, mean, sample stddev (n−1), min, max, p50, p95, p99
///     Percentile.linear(sorted: [Double], _ q: Double) -> Double   // numpy default (linear, type 7), q in [0, 1]
///     StudentT.cdf(_ t: Double, df: Double) -> Double
///     StudentT.quantile(_ p: Double, df: Double) -> Double
///     NormalDistribution.cdf(_ z: Double) / .quantile(_ p: Double)
///     MeanInterval.of(_ xs: [Double], confidence: Double) -> MeanInterval?   // t-interval; nil when n < 2
///     MeanInterval.welchDifference(_ a: [Double], _ b: [Double], confidence: Double) -> MeanInterval?  // mean(b) − mean(a)
///     LinearFit.of(x: [Double], y: [Double]) -> LinearFit?     // OLS; slope interval via t with n−2 df
///     HolmBonferroni.rejections(pValues: [Double], alpha: Double) -> [Bool]
///     ThresholdTest.decide(_ interval: MeanInterval, limit: Double, alpha: Double) -> ThresholdTest
///         // one-sided tests of "mean < limit" (pass) and "mean > limit" (fail); p-values, MDE, runs needed
///     ThresholdTest.decideAll(_ tests: [(MeanInterval, Double)], confidence: Double) -> [ThresholdTest]  // Holm across them
///     SeededGenerator(seed: UInt64): RandomNumberGenerator     // xoshiro256** seeded by SplitMix64; reproducible
///     Histogram.bins(sorted: [Double], count: Int) -> [(lower: Double, upper: Double, count: Int)]
///
/// Added beside the contract:
///
///     PairedOverhead.interval(baseline:treatment:kind:confidence:method:) -> MeanInterval?  // blocked overhead, percent
///     PairedOverhead.relative / .scaled(factor:) / .additive(baseline:treatment:confidence:), .perBlock(...)
///     MeanInterval.welchPercentChange(_ a:, _ b:, confidence:) -> MeanInterval?   // compare mode, log scale
///     LogScale: intervals computed on a log scale; ThresholdTest decides on that scale
///     ThresholdTest fields: verdict, pPass, pFail, pValue, alpha, minimumDetectableEffect,
///         additionalBlocksNeeded, decisionInterval
///     StudentT.survival/pdf, NormalDistribution.survival/pdf, HolmBonferroni.adjusted/stepLevels,
///     LinearFit.slopeMeanInterval(confidence:), MeanInterval.at(confidence:)/contains, MeanInterval(logScale:df:n:confidence:) (log-ratio intervals),
///     RandomNumberGenerator.nextUniform/nextNormal/nextLogNormal, Descriptive.of(sorted:)
///     EnergyDivergence.scan/best(_:minimumSegment:)            // E-Divisive's Q̂ at every split
///     EDivisive.changePoints(_:options:) -> [ChangePoint]      // hierarchical E-Divisive with a permutation test
public enum OverheadStats {}
