import Testing
@testable import OverheadStats

@Suite("Paired block overhead")
struct PairedOverheadTests {
    static let baseline = [0.100, 0.104, 0.098, 0.110, 0.101]
    static let treatment = [0.1012, 0.1049, 0.0995, 0.1108, 0.1021]

    @Test func relativeOverheadMatchesNumpy() throws {
        // o = 100·(t/b − 1); o.mean() = 1.0824756996892804, scipy.stats.sem(o) = 0.13928029550228502,
        // scipy.stats.t.interval(0.95, 4, loc, scale) = (0.6957716049914588, 1.469179794387102)
        let i = try #require(PairedOverhead.relative(baseline: Self.baseline, treatment: Self.treatment, confidence: 0.95))
        #expect(close(i.estimate, 1.0824756996892804, 1e-12))
        #expect(close(i.standardError, 0.13928029550228502, 1e-12))
        #expect(close(i.lower, 0.6957716049914588, 1e-11) && close(i.upper, 1.469179794387102, 1e-11))
        let perBlock = PairedOverhead.perBlock(baseline: Self.baseline, treatment: Self.treatment)
        #expect(close(perBlock[0], 1.200000000000001, 1e-12) && perBlock.count == 5)
    }

    @Test func scaledAndAdditive() throws {
        // health: 100·h·0.1/b; mean 1.9876408598473663, sem 0.01368692319182471
        let h = [0.02, 0.021, 0.019, 0.022, 0.02]
        let s = try #require(PairedOverhead.scaled(baseline: Self.baseline, treatment: h, factor: 0.1, confidence: 0.95))
        #expect(close(s.estimate, 1.9876408598473663, 1e-12) && close(s.standardError, 0.01368692319182471, 1e-12))
        let a = try #require(PairedOverhead.additive(baseline: Self.baseline, treatment: h, confidence: 0.95))
        #expect(close(a.estimate, 19.876408598473663, 1e-12))
    }

    @Test func ratioOfMeans() throws {
        // R = Σt/Σb; 100·(R − 1) = 1.0721247563352687; 100·sqrt(Σ(t − R·b)²/(5·4))/mean(b) = 0.13932145876303567
        let i = try #require(PairedOverhead.interval(baseline: Self.baseline, treatment: Self.treatment,
                                                     confidence: 0.95, method: .ratioOfMeans))
        #expect(close(i.estimate, 1.0721247563352687, 1e-12) && close(i.standardError, 0.13932145876303567, 1e-12))
    }

    @Test func invalidBlocksAreDroppedAndMismatchesRejected() {
        #expect(PairedOverhead.perBlock(baseline: [0, 1, .nan, 2], treatment: [1, 1.1, 1, .infinity]).count == 1)
        #expect(PairedOverhead.relative(baseline: [1, 2], treatment: [1], confidence: 0.95) == nil)
        #expect(PairedOverhead.relative(baseline: [1, 0], treatment: [1, 1], confidence: 0.95) == nil)
    }
}
