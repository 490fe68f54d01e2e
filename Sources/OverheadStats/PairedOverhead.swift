/// Overhead of a treatment over the baseline measured in the same randomised blocks, with a
/// t-interval over the blocks. This is the estimator behind every overhead figure and verdict.
///
/// Input: one statistic per block and arm, in block order (e.g. the mean latency of the 100
/// iterations of `baseline/message_send` and of `metrics_integration/message_send_with_metrics`
/// in run b). Per block, with baseline b_b and treatment t_b:
///
/// - `.relative`:      o_b = 100·(t_b/b_b − 1)   percent slower than the baseline (metrics, total, A/A);
/// - `.scaled(w)`:     o_b = 100·(t_b·w)/b_b     an added operation's cost per baseline operation,
///                     w = 1/10 for a health report made once per 10 messages;
/// - `.additive`:      o_b = 100·t_b/b_b         the same with w = 1 (a capacity check per message).
///
/// Estimate and interval (`Method.meanOfRatios`, the default): ō ± t_{(1+c)/2, B−1}·s_o/√B over the
/// B blocks. Taking the ratio inside each block cancels what the two arms share in that block
/// (slow drift, a busy neighbour, thermal state); the spread of o_b across blocks is the noise
/// that remains. `Method.ratioOfMeans` is the classical ratio estimator R = Σt_b/Σb_b with the
/// linearised (delta-method) standard error √(Σ(t_b − R·b_b)²/(B(B−1)))/b̄, which weights blocks by
/// their baseline and has a smaller bias when per-block means are very noisy.
///
/// Assumptions: blocks are independent (no carry-over between runs: each block starts from a
/// fresh bus); within a block the order of the arms is randomised, so a trend inside the block
/// adds noise rather than bias; per-block overheads are roughly normal — true by the central
/// limit theorem for means over ~100 iterations, and checked by the calibration tests, which
/// include log-normal latencies, drift and outlier bursts. Mean of ratios has a small upward
/// bias of about (CV of a block's baseline mean)² relative, ≈ 0.06% of the ratio for a 2.5%
/// CV; the calibration tests bound its effect on coverage. Blocks where the baseline statistic
/// is not positive and finite, or the treatment not finite, are dropped.
public enum PairedOverhead {
    public enum Kind: Sendable, Equatable {
        case relative
        case scaled(Double)
        case additive

        /// The per-block overhead in percent for baseline statistic `b` and treatment `t`.
        public func percent(baseline b: Double, treatment t: Double) -> Double {
            switch self {
            case .relative: return 100 * (t / b - 1)
            case .scaled(let w): return 100 * t * w / b
            case .additive: return 100 * t / b
            }
        }
    }

    public enum Method: String, Sendable, Equatable, CaseIterable {
        case meanOfRatios
        case ratioOfMeans
    }

    /// Pairs kept: indices where the baseline is positive and finite and the treatment finite.
    public static func validPairs(baseline: [Double], treatment: [Double]) -> [(b: Double, t: Double)] {
        zip(baseline, treatment).compactMap { b, t in
            (b.isFinite && b > 0 && t.isFinite) ? (b, t) : nil
        }
    }

    /// Per-block overheads in percent (for charts and for the A/A spread); invalid blocks dropped.
    public static func perBlock(baseline: [Double], treatment: [Double], kind: Kind = .relative) -> [Double] {
        validPairs(baseline: baseline, treatment: treatment).map { kind.percent(baseline: $0.b, treatment: $0.t) }
    }

    /// The overhead interval over the blocks; nil with fewer than 2 valid blocks or when the two
    /// arrays differ in length (blocks must pair up).
    public static func interval(baseline: [Double], treatment: [Double], kind: Kind = .relative,
                                confidence: Double, method: Method = .meanOfRatios) -> MeanInterval? {
        guard baseline.count == treatment.count else { return nil }
        switch method {
        case .meanOfRatios:
            return MeanInterval.of(perBlock(baseline: baseline, treatment: treatment, kind: kind), confidence: confidence)
        case .ratioOfMeans:
            return ratioOfMeans(validPairs(baseline: baseline, treatment: treatment), kind: kind, confidence: confidence)
        }
    }

    /// 100·(t/b − 1) per block; see the type's documentation.
    public static func relative(baseline: [Double], treatment: [Double], confidence: Double) -> MeanInterval? {
        interval(baseline: baseline, treatment: treatment, kind: .relative, confidence: confidence)
    }

    /// 100·t·w/b per block (health: w = 1/10).
    public static func scaled(baseline: [Double], treatment: [Double], factor w: Double, confidence: Double) -> MeanInterval? {
        interval(baseline: baseline, treatment: treatment, kind: .scaled(w), confidence: confidence)
    }

    /// 100·t/b per block (capacity check per message).
    public static func additive(baseline: [Double], treatment: [Double], confidence: Double) -> MeanInterval? {
        interval(baseline: baseline, treatment: treatment, kind: .additive, confidence: confidence)
    }

    /// R = Σt/Σb with SE(R) = √(Σ(t_b − R·b_b)²/(B(B−1)))/b̄, mapped to percent by `kind`.
    static func ratioOfMeans(_ pairs: [(b: Double, t: Double)], kind: Kind, confidence: Double) -> MeanInterval? {
        let count = pairs.count
        guard count >= 2 else { return nil }
        let n = Double(count)
        let sumB = pairs.reduce(0) { $0 + $1.b }
        let sumT = pairs.reduce(0) { $0 + $1.t }
        let r = sumT / sumB
        let meanB = sumB / n
        var ss = 0.0
        for p in pairs {
            let d = p.t - r * p.b
            ss += d * d
        }
        let seR = (ss / (n * (n - 1))).squareRoot() / meanB
        let (estimate, se): (Double, Double)
        switch kind {
        case .relative: (estimate, se) = (100 * (r - 1), 100 * seR)
        case .scaled(let w): (estimate, se) = (100 * w * r, 100 * abs(w) * seR)
        case .additive: (estimate, se) = (100 * r, 100 * seR)
        }
        return MeanInterval(estimate: estimate, standardError: se, df: n - 1, n: count, confidence: confidence)
    }
}
