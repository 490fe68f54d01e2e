import OverheadStats
import Testing

@Suite("Student t distribution")
struct StudentTTests {
    // Reference: scipy.stats.t.cdf(x, df) for x in (-3.5, -1.0, 0.5, 2.0)   (scipy 1.x)
    static let cdfReference: [(df: Double, values: [Double])] = [
        (1, [0.08858553278290476, 0.25000000000000006, 0.6475836176504333, 0.8524163823495667]),
        (2, [0.036413675027234665, 0.2113248654051871, 0.6666666666666666, 0.908248290463863]),
        (4, [0.012448081730111374, 0.18695048315002943, 0.6783350184090684, 0.9419417382415922]),
        (9, [0.0033617578815294796, 0.1717181980689568, 0.6854643500869868, 0.9617235881146495]),
        (30, [0.0007384037188221266, 0.1626543077130151, 0.6896384975574363, 0.9726874775185085]),
        (200, [0.0002867700374914997, 0.15925942395487336, 0.6911876238417696, 0.9765734069064645]),
    ]
    // Reference: scipy.stats.t.ppf(p, df) for p in (0.001, 0.025, 0.8, 0.975, 0.999)
    static let quantileReference: [(df: Double, values: [Double])] = [
        (1, [-318.30883898555044, -12.706204736174705, 1.3763819204711738, 12.706204736174694, 318.30883898555015]),
        (2, [-22.327124770119873, -4.302652729749464, 1.0606601717798214, 4.302652729749462, 22.327124770119866]),
        (4, [-7.1731822197823085, -2.7764451051977943, 0.9409645772351816, 2.7764451051977934, 7.173182219782307]),
        (9, [-4.296805662729919, -2.2621571627982053, 0.8834038596855346, 2.262157162798205, 4.296805662729918]),
        (30, [-3.385184866829305, -2.042272456301238, 0.8537672614712979, 2.0422724563012378, 3.3851848668293045]),
        (200, [-3.131479814221121, -1.9718962236339093, 0.8434221315354185, 1.9718962236339088, 3.131479814221121]),
    ]

    @Test("cdf matches scipy at df 1, 2, 4, 9, 30, 200", arguments: cdfReference.indices)
    func cdf(_ row: Int) {
        let (df, values) = Self.cdfReference[row]
        for (x, expected) in zip([-3.5, -1.0, 0.5, 2.0], values) {
            let got = StudentT.cdf(x, df: df)
            #expect(relativelyClose(got, expected, 1e-10), "t.cdf(\(x), \(df)) = \(got), scipy \(expected)")
        }
    }

    @Test("quantile matches scipy at df 1, 2, 4, 9, 30, 200", arguments: quantileReference.indices)
    func quantile(_ row: Int) {
        let (df, values) = Self.quantileReference[row]
        for (p, expected) in zip([0.001, 0.025, 0.8, 0.975, 0.999], values) {
            let got = StudentT.quantile(p, df: df)
            #expect(relativelyClose(got, expected, 1e-10), "t.ppf(\(p), \(df)) = \(got), scipy \(expected)")
        }
    }

    @Test func tailsKeepRelativePrecision() {
        // scipy.stats.t.cdf(-40, 4) and scipy.stats.t.sf(40, 4)
        #expect(relativelyClose(StudentT.cdf(-40, df: 4), 1.1670081613006339e-06, 1e-9))
        #expect(relativelyClose(StudentT.survival(40, df: 4), 1.1670081613006339e-06, 1e-9))
    }

    @Test func fractionalDegreesOfFreedom() {
        // scipy.stats.t.cdf(-8, 2.5); scipy.stats.t.ppf(0.9, 3.7)
        #expect(relativelyClose(StudentT.cdf(-8, df: 2.5), 0.0038283220655217234, 1e-9))
        #expect(relativelyClose(StudentT.quantile(0.9, df: 3.7), 1.5575658388615072, 1e-10))
    }

    @Test func largeDegreesOfFreedomAndFarTails() {
        // scipy.stats.t.cdf(-2, df) and scipy.stats.t.ppf(0.975, df) for df = 1e4, 1e6, 1e8
        let cases: [(Double, Double, Double)] = [
            (1e4, 0.022763630330717714, 1.960201239890626),
            (1e6, 0.02275026692565962, 1.959966356814107),
            (1e8, 0.022750133297953345, 1.9599640082627663),
        ]
        for (df, cdf, q) in cases {
            #expect(relativelyClose(StudentT.cdf(-2, df: df), cdf, 1e-9), "df \(df)")
            #expect(relativelyClose(StudentT.quantile(0.975, df: df), q, 1e-10), "df \(df)")
        }
        // Fisher's expansion region: mpmath 0.5·betainc(5e6, ½, 0, 1e7/(1e7 + 1.44)) at 50 digits
        #expect(relativelyClose(StudentT.cdf(-1.2, df: 1e7), 0.11506968443612712, 1e-12))
        // scipy.stats.t.ppf(1e-12, 3), t.cdf(-1e6, 3); t.ppf(1e-300, 1.5) by mpmath findroot on
        // 0.5·betainc(ν/2, ½, 0, ν/(ν + t²)) at 50 digits (scipy overflows there and answers -8.2e153)
        #expect(relativelyClose(StudentT.quantile(1e-12, df: 3), -10331.108244292487, 1e-9))
        #expect(relativelyClose(StudentT.cdf(-1e6, df: 3), 1.1026577908396144e-18, 1e-9))
        #expect(relativelyClose(StudentT.quantile(1e-300, df: 1.5), -5.2194694273446364e+199, 1e-8))
    }

    @Test func quantileInvertsCdf() {
        for df in [1.0, 1.5, 3, 7.3, 55, 1000] {
            for p in [1e-8, 0.01, 0.3, 0.5, 0.77, 0.999] {
                let t = StudentT.quantile(p, df: df)
                #expect(relativelyClose(StudentT.cdf(t, df: df), p, 1e-9), "df \(df) p \(p)")
            }
        }
    }

    @Test func edgesAndBadInput() {
        #expect(StudentT.quantile(0, df: 5) == -.infinity)
        #expect(StudentT.quantile(1, df: 5) == .infinity)
        #expect(StudentT.quantile(0.5, df: 5) == 0)
        #expect(StudentT.quantile(1.2, df: 5).isNaN)
        #expect(StudentT.cdf(1, df: 0).isNaN)
        #expect(StudentT.cdf(0, df: 3) == 0.5)
        #expect(StudentT.cdf(.infinity, df: 3) == 1)
        // Infinite df is the normal distribution: scipy.stats.norm.ppf(0.975)
        #expect(close(StudentT.quantile(0.975, df: .infinity), 1.959963984540054, 1e-12))
    }
}

@Suite("Normal distribution")
struct NormalDistributionTests {
    @Test func quantileMatchesScipy() {
        // scipy.stats.norm.ppf(p) for the p below
        let cases: [(Double, Double)] = [
            (1e-10, -6.361340902404056), (0.001, -3.090232306167813), (0.025, -1.9599639845400545),
            (0.3, -0.5244005127080409), (0.5, 0.0), (0.8, 0.8416212335729143), (0.975, 1.959963984540054),
            (0.999999, 4.753424308817087),
        ]
        for (p, expected) in cases {
            let got = NormalDistribution.quantile(p)
            #expect(close(got, expected, 1e-12), "norm.ppf(\(p)) = \(got), scipy \(expected)")
        }
    }

    @Test func cdfInvertsQuantile() {
        for p in [1e-12, 0.001, 0.2, 0.5, 0.9, 0.999] {
            #expect(relativelyClose(NormalDistribution.cdf(NormalDistribution.quantile(p)), p, 1e-12))
        }
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(-0.1).isNaN)
    }
}
