import OverheadStats
import Testing

/// Histograms over values whose span a double cannot divide into bins.
@Suite struct HistogramBoundsTests {
    @Test func subnormalAndHugeSpansGiveFiniteBins() {
        let tiny = Double.leastNonzeroMagnitude
        for values in [[tiny, 2 * tiny, 3 * tiny], [0, tiny], [-1.7e308, 1.7e308], [1, 1.7e308]] {
            let bins = Histogram.bins(sorted: values, count: 20)
            #expect(!bins.isEmpty)
            #expect(bins.count <= 20)
            #expect(bins.reduce(0) { $0 + $1.count } == values.count, "\(values)")
            #expect(bins.allSatisfy { $0.lower.isFinite && $0.upper.isFinite })
        }
    }

    @Test func binCountIsCapped() {
        let bins = Histogram.bins(sorted: (0..<10).map(Double.init), count: Int.max)
        #expect(bins.count == Histogram.maxBins)
        #expect(bins.reduce(0) { $0 + $1.count } == 10)
    }
}
