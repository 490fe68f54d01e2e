/// The symmetric trimmed mean: sort, drop ⌊f·n⌋ values from each end, average the rest —
/// `scipy.stats.trim_mean(x, f)`. For a distribution symmetric about its centre it estimates the
/// centre (and so the mean) while a fraction f of wild values at either end cannot move it: the
/// estimator the paired windows use for the difference of adjacent operations.
public enum TrimmedMean {
    /// The trimmed mean of `xs` with fraction `f` in [0, 0.5) cut from each end; nil when empty,
    /// when f is out of range or a value is not finite.
    public static func of(_ xs: [Double], trimming f: Double) -> Double? {
        guard !xs.isEmpty, f >= 0, f < 0.5, xs.allSatisfy(\.isFinite) else { return nil }
        let sorted = xs.sorted()
        let cut = Int((f * Double(sorted.count)).rounded(.down))
        let kept = sorted[cut..<(sorted.count - cut)]
        guard !kept.isEmpty else { return nil }
        var sum = 0.0
        for x in kept { sum += x }
        return sum / Double(kept.count)
    }
}
