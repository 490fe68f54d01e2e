/// The overhead of one paired window: the operation under test and a plain send alternate pair by
/// pair (order drawn at random per pair), so both see the same host at nearly the same moment.
///
/// Per pair i: d_i = t_i − p_i (treatment minus paired send, same iteration). The window's added
/// cost is the stratified trimmed mean of the d_i: pairs are split by whether their iteration does
/// the suite's periodic extra work (a health report every `SuiteDesign.healthReportEvery` messages
/// in the full operation), each stratum's d is reduced by `TrimmedMean` with `trimFraction`, and
/// the strata are weighted by their share of the pairs. The reference is the trimmed mean of the
/// p_i. The window's overhead in percent is 100·D/P.
///
/// Estimand: the added time of a typical operation relative to a typical send — with noise that
/// hits both arms of a pair alike (preemption, page faults, a busy neighbour are as likely in
/// either, since the order is random), d_i − δ is symmetric about 0 and the trimmed mean
/// estimates the layer's cost δ exactly, while up to `trimFraction` of wild pairs at either end
/// cannot move it. A layer whose own cost is skewed (rare slow calls within a stratum) is
/// estimated by its typical cost: its tail shows in the P95/P99 criteria, which keep their own
/// estimators. Windows then enter the usual t-interval over windows (blocks), which is what
/// carries the coverage.
public enum PairedWindowEstimate {
    /// Fraction cut from each end of each stratum (10%).
    public static let trimFraction = 0.1

    /// One window's pairs reduced to the two numbers the overhead is made of.
    public struct Window: Sendable, Equatable {
        /// Stratified trimmed mean of t − p (the unit of the inputs).
        public var difference: Double
        /// Trimmed mean of the paired sends (same unit).
        public var reference: Double
        public var pairs: Int

        public init(difference: Double, reference: Double, pairs: Int) {
            self.difference = difference
            self.reference = reference
            self.pairs = pairs
        }

        /// 100·difference/reference.
        public var percent: Double { 100 * difference / reference }
    }

    /// Reduces one window; nil without pairs, with a non-finite value or a reference ≤ 0.
    /// `periodic[i]` marks the pairs that do the periodic extra work.
    public static func window(treatment: [Double], reference: [Double], periodic: [Bool]) -> Window? {
        guard !treatment.isEmpty, treatment.count == reference.count, periodic.count == treatment.count else {
            return nil
        }
        var strata: [[Double]] = [[], []]
        for i in treatment.indices { strata[periodic[i] ? 1 : 0].append(treatment[i] - reference[i]) }
        var difference = 0.0
        for stratum in strata where !stratum.isEmpty {
            guard let centre = TrimmedMean.of(stratum, trimming: trimFraction) else { return nil }
            difference += centre * Double(stratum.count) / Double(treatment.count)
        }
        guard let p = TrimmedMean.of(reference, trimming: trimFraction), p > 0 else { return nil }
        return Window(difference: difference, reference: p, pairs: treatment.count)
    }

    /// Whether 1-based `iteration` does the suite's periodic extra work every `every` messages.
    public static func isPeriodic(iteration: Int, every: Int) -> Bool { every > 0 && iteration % every == 0 }
}
