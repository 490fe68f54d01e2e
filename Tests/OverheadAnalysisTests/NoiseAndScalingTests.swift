import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Noise floor and scaling")
struct NoiseAndScalingTests {
    @Test("a quiet A/A control is not flagged; a shifted one is, with a warning")
    func noiseFloor() throws {
        let quiet = try Analyzer.analyze(SyntheticRecording().build())
        #expect(quiet.noiseFloor.count == 3)
        #expect(quiet.noiseFloor.allSatisfy { !$0.tooNoisy })
        #expect(!quiet.warnings.contains { if case .tooNoisy = $0 { true } else { false } })

        var noisy = SyntheticRecording()
        noisy.costs = { _ in SyntheticRecording.Costs(control: 0.03) }
        let r = try Analyzer.analyze(noisy.build())
        #expect(r.noiseFloor.allSatisfy { $0.tooNoisy })
        #expect(r.warnings.contains { if case .tooNoisy = $0 { true } else { false } })
    }

    @Test("OLS slope over per-block points matches scipy")
    func slopeReference() throws {
        var rec = Recording()
        let points: [(Int, [Double])] = [(1, [0.5, 0.6]), (10, [1.0, 1.1]), (100, [5.4, 5.6])]
        for (agents, totals) in points {
            var b = SeriesSamples()
            var f = SeriesSamples()
            for (i, t) in totals.enumerated() {
                b.append(elapsedMs: 1.0, run: i + 1, iteration: 1)
                f.append(elapsedMs: 1.0 + t / 100, run: i + 1, iteration: 1)
            }
            rec.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: agents)] = b
            rec.series[SeriesKey(testName: "full_integration", operation: "complete_operation", agentCount: agents)] = f
        }
        let trend = try #require(try Analyzer.analyze(rec).scaling)
        // scipy.stats.linregress(x=[1,1,10,10,100,100], y=[0.5,0.6,1.0,1.1,5.4,5.6]); slope ± t.ppf(0.975, 4)·stderr
        #expect(abs(trend.slopePerAgent.value - 0.049774774774774766) < 1e-9)
        #expect(abs(trend.slopePerAgent.lower! - 0.047481125286443646) < 1e-8)
        #expect(abs(trend.slopePerAgent.upper! - 0.052068424263105886) < 1e-8)
        // Absolute cost (ms) = total/100 ms grows ~ agents^0.46: sublinear.
        #expect(trend.superlinear == false)
    }

    @Test("quadratic cost growth is flagged superlinear")
    func superlinear() throws {
        var synthetic = SyntheticRecording()
        synthetic.scales = [1, 3, 10, 30]
        synthetic.sampleNoise = 0.002
        // Overhead cost ∝ agents²: base constant, relative cost 0.2% · agents², well above the noise.
        synthetic.costs = { n in
            let total = 0.002 * Double(n * n)
            return SyntheticRecording.Costs(
                metrics: total / 2, healthPerMessage: total / 4, rateLimiting: total / 4, residual: 0)
        }
        let r = try Analyzer.analyze(synthetic.build())
        let trend = try #require(r.scaling)
        #expect(abs(trend.growthExponent!.value - 2) < 0.1)
        #expect(trend.superlinear)
        #expect(r.warnings.contains { if case .superlinearGrowth = $0 { true } else { false } })
    }

    @Test("one scale has no scaling trend")
    func oneScale() throws {
        var synthetic = SyntheticRecording()
        synthetic.scales = [5]
        #expect(try Analyzer.analyze(synthetic.build()).scaling == nil)
    }
}
