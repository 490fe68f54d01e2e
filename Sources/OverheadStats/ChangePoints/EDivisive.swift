/// E-Divisive means: multiple change points in a series by hierarchical bisection with a
/// permutation test (Matteson & James 2014, JASA 109(505); the method of Apache Otava and of
/// MongoDB's performance CI).
///
/// 1. In every current segment find the split with the largest divergence Q̂
///    (`EnergyDivergence`), each side at least `minimumSegment` long.
/// 2. Take the segment whose best Q̂ is largest and test it: shuffle that segment's values
///    `permutations` times (a seeded Fisher–Yates shuffle) and recompute its best Q̂ each time;
///    p = (1 + #{Q̂_perm ≥ Q̂}) / (1 + permutations). Under "no change in this segment" the values
///    are exchangeable, so p is a valid p-value.
/// 3. If p ≤ `significance`, keep the split, cut the segment there and go back to 1; otherwise
///    stop. Each kept change point was significant at its step, so a series with no change shows
///    a false one with probability at most `significance` (the first test is the only one that
///    can make a false first change point).
///
/// The permutations stop early once more than `significance·(1 + permutations) − 1` of them have
/// reached Q̂: the p-value can then no longer fall to the significance level, so the decision is
/// the one all the permutations would give. Only a split that is not kept stops early, so the
/// p-value of every change point returned is over all the permutations.
public enum EDivisive {
    public struct Options: Sendable, Equatable {
        /// A split is kept when its permutation p-value is at most this.
        public var significance: Double
        /// Shuffles per test; the smallest possible p is 1/(1 + permutations).
        public var permutations: Int
        /// Fewest values on each side of a change point.
        public var minimumSegment: Int
        /// Seed of the shuffles: the same series and options give the same change points.
        public var seed: UInt64

        public init(significance: Double = 0.01, permutations: Int = 199, minimumSegment: Int = 5, seed: UInt64 = 1) {
            self.significance = significance
            self.permutations = permutations
            self.minimumSegment = minimumSegment
            self.seed = seed
        }
    }

    public struct ChangePoint: Sendable, Equatable {
        /// Index of the first value after the change.
        public var index: Int
        /// Q̂ of the split within the segment it was found in.
        public var statistic: Double
        /// Permutation p-value of that split.
        public var pValue: Double

        public init(index: Int, statistic: Double, pValue: Double) {
            self.index = index
            self.statistic = statistic
            self.pValue = pValue
        }
    }

    /// The significant change points of `series`, in increasing index.
    public static func changePoints(_ series: [Double], options: Options = Options()) -> [ChangePoint] {
        guard series.allSatisfy(\.isFinite), options.permutations > 0 else { return [] }
        var random = SeededGenerator(seed: options.seed)
        var cuts = [0, series.count]
        var found: [ChangePoint] = []
        var bestOf: [Int: (split: Int, statistic: Double)?] = [:]  // by segment start
        while true {
            var top: (start: Int, end: Int, split: Int, statistic: Double)?
            for (start, end) in zip(cuts, cuts.dropFirst()) {
                if bestOf[start] == nil {
                    bestOf[start] = EnergyDivergence.best(
                        Array(series[start..<end]), minimumSegment: options.minimumSegment)
                }
                guard let b = bestOf[start]!, b.statistic > (top?.statistic ?? -.infinity) else { continue }
                top = (start, end, b.split, b.statistic)
            }
            guard let top else { break }
            let p = permutationPValue(
                Array(series[top.start..<top.end]), observed: top.statistic, options: options, random: &random)
            guard p <= options.significance else { break }
            found.append(ChangePoint(index: top.start + top.split, statistic: top.statistic, pValue: p))
            cuts.append(top.start + top.split)
            cuts.sort()
            bestOf[top.start] = nil
            bestOf[top.start + top.split] = nil
        }
        return found.sorted { $0.index < $1.index }
    }

    /// p = (1 + #{best Q̂ of a shuffle ≥ observed}) / (1 + permutations), stopping early once the
    /// count rules out significance.
    static func permutationPValue(
        _ segment: [Double], observed: Double, options: Options, random: inout SeededGenerator
    ) -> Double {
        let r = options.permutations
        // p ≤ significance ⇔ count ≤ significance·(1 + r) − 1.
        let allowed = options.significance * Double(1 + r) - 1
        var shuffled = segment
        var count = 0
        for done in 1...r {
            shuffle(&shuffled, &random)
            let q = EnergyDivergence.best(shuffled, minimumSegment: options.minimumSegment)?.statistic ?? -.infinity
            // A relative tolerance keeps ties (the same values in the same order) counted as ties.
            if q >= observed - 1e-12 * abs(observed) { count += 1 }
            if Double(count) > allowed { return Double(1 + count) / Double(1 + done) }
        }
        return Double(1 + count) / Double(1 + r)
    }

    /// Fisher–Yates with the generator's own words (not the standard library's shuffle, whose
    /// algorithm may change between Swift versions): reproducible everywhere.
    static func shuffle(_ xs: inout [Double], _ random: inout SeededGenerator) {
        guard xs.count > 1 else { return }
        for i in stride(from: xs.count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            xs.swapAt(i, j)
        }
    }
}
