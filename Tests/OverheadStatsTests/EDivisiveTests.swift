import OverheadStats
import Testing

@Suite struct EDivisiveTests {
    static let series = [1.0, 1.3, 0.8, 1.1, 0.9, 3.2, 2.9, 3.5, 3.1, 2.7, 3.0, 1.2]

    /// Q̂ at every split against the definition written out in numpy:
    /// ```
    /// def Q(z,t):
    ///     X=z[:t];Y=z[t:];m=len(X);k=len(Y)
    ///     a=np.abs(X[:,None]-Y[None,:]).sum()
    ///     bx=np.abs(X[:,None]-X[None,:]).sum()/2; by=np.abs(Y[:,None]-Y[None,:]).sum()/2
    ///     E=2*a/(m*k)-bx/(m*(m-1)/2)-by/(k*(k-1)/2)
    ///     return m*k/(m+k)*E
    /// [Q(np.array(series),t) for t in range(2,11)]
    /// ```
    @Test func divergenceAtEverySplitMatchesNumpy() {
        let expected = [
            1.559259259259259, 3.0666666666666655, 4.8126984126984125, 7.466666666666665, 3.946666666666667,
            1.9055555555555568, 0.3428571428571428, -0.6458333333333337, -1.5370370370370379,
        ]
        let scan = EnergyDivergence.scan(Self.series, minimumSegment: 2)
        #expect(scan.map(\.split) == Array(2...10))
        for (got, want) in zip(scan.map(\.statistic), expected) { #expect(abs(got - want) < 1e-12) }
        #expect(EnergyDivergence.best(Self.series, minimumSegment: 2)?.split == 5)
    }

    /// The O(n log n) scan against the definition summed pair by pair, on seeded series with ties.
    @Test func scanEqualsTheDefinition() {
        var random = SeededGenerator(seed: 3)
        for n in [2, 3, 7, 40, 131] {
            let z = (0..<n).map { _ in (random.nextNormal() * 4).rounded() / 2 }
            for (split, statistic) in EnergyDivergence.scan(z, minimumSegment: 1) {
                let x = z[..<split]
                let y = z[split...]
                let m = Double(x.count)
                let k = Double(y.count)
                var across = 0.0
                for a in x { for b in y { across += abs(a - b) } }
                func within(_ s: ArraySlice<Double>) -> Double {
                    var t = 0.0
                    for i in s.indices { for j in s.indices where j > i { t += abs(s[i] - s[j]) } }
                    return s.count > 1 ? t / (Double(s.count) * Double(s.count - 1) / 2) : 0
                }
                let expected = m * k / (m + k) * (2 * across / (m * k) - within(x) - within(y))
                #expect(abs(statistic - expected) <= 1e-9 * max(1, abs(expected)), "n \(n) split \(split)")
            }
        }
    }

    @Test func tooShortForASplit() {
        #expect(EnergyDivergence.scan([1, 2, 3], minimumSegment: 2).isEmpty)
        #expect(EDivisive.changePoints([1, 2, 3]).isEmpty)
    }

    /// Two clear shifts are found where they are, each with the smallest p the permutations allow.
    @Test func findsTwoShifts() {
        var random = SeededGenerator(seed: 7)
        let values = (0..<90).map { i in (i < 30 ? 0.0 : i < 60 ? 3.0 : 1.0) + random.nextNormal() * 0.5 }
        let found = EDivisive.changePoints(values)
        #expect(found.map(\.index) == [30, 60])
        for c in found { #expect(c.pValue == 1.0 / 200) }
    }

    /// Pure noise: no change point in any of 40 seeded series at the default 1% level.
    @Test func noiseHasNoChangePoint() {
        var random = SeededGenerator(seed: 11)
        var falseAlarms = 0
        for _ in 0..<40 {
            let values = (0..<60).map { _ in random.nextNormal() }
            if !EDivisive.changePoints(values).isEmpty { falseAlarms += 1 }
        }
        #expect(falseAlarms <= 2)
    }

    /// The same series and seed give the same answer; a non-finite value gives none.
    @Test func reproducibleAndDefensive() {
        let values = Self.series + Self.series.map { $0 + 5 }
        #expect(EDivisive.changePoints(values) == EDivisive.changePoints(values))
        #expect(EDivisive.changePoints(values + [.nan]).isEmpty)
    }
}
