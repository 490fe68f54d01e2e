import OverheadStats
import Testing

@Suite("Percentiles and descriptive statistics")
struct DescriptiveTests {
    // Reference: numpy.percentile(a, q) for q in (0, 25, 50, 90, 95, 99, 100) (default method "linear")
    static let percentileReference: [(values: [Double], expected: [Double])] = [
        ([4.2], [4.2, 4.2, 4.2, 4.2, 4.2, 4.2, 4.2]),
        ([1.0, 3.0], [1.0, 1.5, 2.0, 2.8, 2.9, 2.98, 3.0]),
        ([0.145, 0.143, 0.151, 0.139, 0.160], [0.139, 0.143, 0.145, 0.1564, 0.1582, 0.15964, 0.16]),
        ([3, 1, 4, 1, 5, 9, 2, 6, 5, 3], [1.0, 2.25, 3.5, 6.299999999999999, 7.649999999999997, 8.73, 9.0]),
        ([2, 2, 2, 7, 7], [2.0, 2.0, 2.0, 7.0, 7.0, 7.0, 7.0]),
    ]

    @Test("linear percentile matches numpy", arguments: percentileReference.indices)
    func percentiles(_ row: Int) {
        let (values, expected) = Self.percentileReference[row]
        for (q, want) in zip([0.0, 0.25, 0.5, 0.9, 0.95, 0.99, 1.0], expected) {
            let got = Percentile.linear(values, q)
            #expect(close(got, want, 1e-12), "percentile(\(values), \(q)) = \(got), numpy \(want)")
        }
    }

    @Test func percentileEdges() {
        #expect(Percentile.linear(sorted: [], 0.5).isNaN)
        #expect(Percentile.linear(sorted: [1, 2], 1.5) == 2)
        #expect(Percentile.linear(sorted: [1, 2], -1) == 1)
    }

    @Test func descriptiveMatchesNumpy() throws {
        // numpy: a.mean() = 3.9, a.std(ddof=1) = 2.4698178070456938, percentiles as above
        let d = try #require(Descriptive.of([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]))
        #expect(d.n == 10)
        #expect(close(d.mean, 3.9, 1e-14))
        #expect(close(d.stddev, 2.4698178070456938, 1e-14))
        #expect(d.min == 1 && d.max == 9)
        #expect(close(d.p50, 3.5) && close(d.p95, 7.649999999999997, 1e-12) && close(d.p99, 8.73, 1e-12))
        // numpy: [0.145, 0.143, 0.151, 0.139, 0.160] mean 0.1476, std(ddof=1) 0.00817312669668102
        let e = try #require(Descriptive.of([0.145, 0.143, 0.151, 0.139, 0.160]))
        #expect(close(e.mean, 0.1476, 1e-14))
        #expect(relativelyClose(e.stddev, 0.00817312669668102, 1e-12))
    }

    @Test func smallAndEmpty() throws {
        #expect(Descriptive.of([]) == nil)
        let one = try #require(Descriptive.of([4.2]))
        #expect(one.n == 1 && one.mean == 4.2 && one.stddev == 0 && one.p99 == 4.2)
        // numpy: np.std([1.0, 3.0], ddof=1) = 1.4142135623730951
        let two = try #require(Descriptive.of([3.0, 1.0]))
        #expect(close(two.stddev, 1.4142135623730951, 1e-15) && two.p50 == 2)
    }

    @Test func stddevIsStableForLargeOffsets() throws {
        // Values 1e9 + {1, 2, 3}: sample stddev exactly 1; a one-pass formula loses it.
        let d = try #require(Descriptive.of([1e9 + 1, 1e9 + 2, 1e9 + 3]))
        #expect(close(d.stddev, 1, 1e-9))
    }
}
