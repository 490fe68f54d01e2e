import OverheadStats
import Testing

@Suite("Trimmed mean and the paired window estimate")
struct TrimmedMeanTests {
    static let values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 100]

    @Test func matchesScipy() {
        // scipy.stats.trim_mean(x, 0.1), trim_mean(x, 0.25), trim_mean(x, 0.0) for the values above
        #expect(close(TrimmedMean.of(Self.values, trimming: 0.1)!, 4.3))
        #expect(close(TrimmedMean.of(Self.values, trimming: 0.25)!, 4.166666666666667))
        #expect(close(TrimmedMean.of(Self.values, trimming: 0)!, 12.0))
    }

    @Test func refusesWhatItCannotTrim() {
        #expect(TrimmedMean.of([], trimming: 0.1) == nil)
        #expect(TrimmedMean.of([1, 2], trimming: 0.5) == nil)
        #expect(TrimmedMean.of([1, .nan], trimming: 0.1) == nil)
        #expect(TrimmedMean.of([7], trimming: 0.4) == 7)
    }

    @Test func stratifiedWindowMatchesNumpy() {
        // t, p as below, the 10th pair periodic; d = t - p;
        // D = trim_mean(d[~per], 0.1)*0.9 + trim_mean(d[per], 0.1)*0.1, P = trim_mean(p, 0.1), 100*D/P
        let t = [1.10, 1.20, 1.05, 9.00, 1.15, 1.12, 1.30, 1.08, 1.11, 1.40]
        let p = [1.00, 1.10, 0.98, 1.02, 1.05, 7.00, 1.00, 1.01, 1.03, 1.00]
        let periodic = (0..<10).map { $0 == 9 }
        let w = PairedWindowEstimate.window(treatment: t, reference: p, periodic: periodic)!
        #expect(close(w.difference, 0.3320000000000001))
        #expect(close(w.reference, 1.02625))
        #expect(close(w.percent, 32.35079171741779))
        #expect(w.pairs == 10)
    }

    @Test func aWildPairCannotMoveTheWindow() {
        // 100 pairs differing by exactly 0.01; one pair with a 50-unit stall in the treatment.
        var t = [Double](repeating: 1.01, count: 100)
        let p = [Double](repeating: 1.0, count: 100)
        t[37] = 51
        let w = PairedWindowEstimate.window(
            treatment: t, reference: p, periodic: [Bool](repeating: false, count: 100))!
        #expect(close(w.percent, 1.0))
    }

    @Test func periodicPairsAreWeightedByTheirShare() {
        // 90 plain pairs cost 0.01 more, 10 periodic ones 0.5 more: 0.9·0.01 + 0.1·0.5 = 0.059 per pair,
        // which a plain 10% trim of all 100 would have cut to about 0.01.
        let periodic = (1...100).map { PairedWindowEstimate.isPeriodic(iteration: $0, every: 10) }
        let t = periodic.map { $0 ? 1.5 : 1.01 }
        let w = PairedWindowEstimate.window(
            treatment: t, reference: [Double](repeating: 1, count: 100), periodic: periodic)!
        #expect(close(w.difference, 0.059))
        #expect(PairedWindowEstimate.window(treatment: [1], reference: [0], periodic: [false]) == nil)
        #expect(PairedWindowEstimate.window(treatment: [1, 2], reference: [1], periodic: [false]) == nil)
    }
}
