import OverheadStats
import Testing

@Suite("Seeded generator and histogram")
struct UtilityTests {
    @Test func splitMixMatchesReference() {
        // Reference implementation https://prng.di.unimi.it/splitmix64.c, seed 0 (re-run in Python)
        var g = SplitMix64(state: 0)
        #expect(
            [g.next(), g.next(), g.next()] == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
    }

    @Test func xoshiroMatchesReference() {
        // xoshiro256** seeded by SplitMix64(42), re-implemented in Python from the reference C code
        var g = SeededGenerator(seed: 42)
        #expect(
            (0..<4).map { _ in g.next() } == [
                0x1578_0b2e_0c2e_c716, 0x6104_d986_6d11_3a7e, 0xae17_5332_39e4_99a1, 0xecb8_ad47_03b3_60a1,
            ])
    }

    @Test func drawsHaveTheRightMoments() {
        var g = SeededGenerator(seed: 7)
        let n = 20_000
        let normals = (0..<n).map { _ in g.nextNormal(mean: 3, standardDeviation: 2) }
        let d = Descriptive.of(normals)!
        // SE of the mean 2/√20000 ≈ 0.014; of the stddev ≈ 0.01
        #expect(abs(d.mean - 3) < 0.06 && abs(d.stddev - 2) < 0.05)
        let logs = (0..<n).map { _ in g.nextLogNormal(mean: 0.15, sigma: 0.25) }
        #expect(abs(Descriptive.of(logs)!.mean - 0.15) < 0.002)
        let u = (0..<n).map { _ in g.nextUniform() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test func histogramMatchesNumpy() {
        // numpy.histogram([1,2,2,3,3,3,4,4,4,4,10], bins=4): counts [6, 4, 0, 1], edges [1, 3.25, 5.5, 7.75, 10]
        let bins = Histogram.bins(sorted: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 10], count: 4)
        #expect(bins.map(\.count) == [6, 4, 0, 1])
        #expect(bins.map(\.lower) == [1, 3.25, 5.5, 7.75] && bins.last?.upper == 10)
        // numpy.histogram([0.1, 0.25, 0.3, 0.7], bins=3): counts [2, 1, 1], edges [0.1, 0.3, 0.5, 0.7]
        let edge = Histogram.bins(sorted: [0.1, 0.25, 0.3, 0.7], count: 3)
        #expect(edge.map(\.count) == [2, 1, 1])
    }

    @Test func histogramEdges() {
        #expect(Histogram.bins(sorted: [], count: 5).isEmpty)
        #expect(Histogram.bins(sorted: [1, 2], count: 0).isEmpty)
        let same = Histogram.bins(sorted: [2, 2, 2], count: 10)
        #expect(same.count == 1 && same[0].count == 3 && same[0].lower == 2 && same[0].upper == 2)
        #expect(Histogram.bins(sorted: [1, 2, 3, .infinity], count: 2).map(\.count) == [1, 2])
    }
}
