import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Overhead attribution on constructed recordings")
struct AttributionTests {
    @Test("known component costs are recovered and ranked, residual is what is left")
    func recoversComponents() throws {
        var synthetic = SyntheticRecording()
        // Per-block log-ratio noise ≈ 0.002·√2/√100 = 0.03%, over 10 blocks ≈ 0.01%: tolerances are ≥ 5σ.
        synthetic.sampleNoise = 0.002
        let result = try Analyzer.analyze(synthetic.build())
        #expect(result.inputs.source == .rawSamples)
        #expect(result.scales.map(\.agentCount) == [1, 10, 100])
        for scale in result.scales {
            let byName = Dictionary(uniqueKeysWithValues: scale.components.map { ($0.component, $0) })
            // Constructed: metrics 0.4%, health 0.2%, rate limiting 0.1%, residual 0.1%, total 0.8%.
            #expect(abs(byName[.metrics]!.overhead.value - 0.4) < 0.05)
            #expect(abs(byName[.health]!.overhead.value - 0.2) < 0.02)
            #expect(abs(byName[.rateLimiting]!.overhead.value - 0.1) < 0.01)
            #expect(abs(byName[.residual]!.overhead.value - 0.1) < 0.07)
            let total = try #require(scale.total)
            #expect(abs(total.value - 0.8) < 0.05)
            #expect(total.lower! < 0.8 && total.upper! > 0.8)
            #expect(total.n == 10)
            #expect(
                scale.components.map(\.component) == [.metrics, .health, .rateLimiting, .residual]
                    || scale.components.map(\.component) == [.metrics, .health, .residual, .rateLimiting])
            let shares = scale.components.reduce(0) { $0 + $1.sharePercent }
            #expect(abs(shares - 100) < 1e-9)
            #expect(scale.components.allSatisfy { $0.advice.isEmpty })
            #expect(abs(scale.shutdownPerAgentMs!.value - 2.0) < 0.1)
        }
    }

    @Test("component limits are shares of the total target, as the recorder's stopping rule uses them")
    func componentLimitsFollowTheTarget() throws {
        let recording = SyntheticRecording().build()
        for target in [1.0, 2.5] {
            let result = try Analyzer.analyze(recording, options: AnalysisOptions(targetOverheadPercent: target))
            let limits = Dictionary(
                uniqueKeysWithValues: result.scales[0].components.map { ($0.component, $0.limitPercent) })
            // The original's limits at 1%: metrics 0.5, health 0.3, rate limiting 0.2; scaled with the target.
            #expect(abs(limits[.metrics]!! - 0.5 * target) < 1e-12)
            #expect(abs(limits[.health]!! - 0.3 * target) < 1e-12)
            #expect(abs(limits[.rateLimiting]!! - 0.2 * target) < 1e-12)
            #expect(limits[.residual]! == nil)
            let totals = result.criteria.filter { $0.id == "total_overhead" }
            #expect(!totals.isEmpty && totals.allSatisfy { $0.limit == target })
        }
    }

    @Test("a component over its limit carries the original's advice")
    func adviceForExcess() throws {
        var synthetic = SyntheticRecording()
        synthetic.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.012, healthPerMessage: 0.001, rateLimiting: 0.004, residual: 0)
        }
        let result = try Analyzer.analyze(synthetic.build())
        let scale = result.scales[0]
        #expect(scale.components.first?.component == .metrics)
        let metrics = scale.components.first { $0.component == .metrics }!
        #expect(metrics.advice.contains("Consider batching emit_metric() calls"))
        let rate = scale.components.first { $0.component == .rateLimiting }!
        #expect(rate.advice.contains("Consider caching inbox counts"))
        let health = scale.components.first { $0.component == .health }!
        #expect(health.advice.isEmpty)
    }

    @Test("advice about a bash library only for recordings of one: none for the embedded bus")
    func adviceByTarget() throws {
        var synthetic = SyntheticRecording()
        synthetic.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.012, healthPerMessage: 0.001, rateLimiting: 0.004, residual: 0)
        }
        var recording = synthetic.build()
        recording.manifest = SampleResults.manifest(hostname: "h", cpuModel: "c", libraryPath: nil)
        let native = try Analyzer.analyze(recording)
        #expect(native.scales.allSatisfy { $0.components.allSatisfy { $0.advice.isEmpty } })
        recording.manifest = SampleResults.manifest(hostname: "h", cpuModel: "c", libraryPath: "/lib")
        let shell = try Analyzer.analyze(recording)
        #expect(shell.scales[0].components.contains { $0.advice.contains("Consider batching emit_metric() calls") })
    }

    @Test("paired interval over three blocks matches scipy")
    func pairedReference() throws {
        var rec = Recording()
        let base = [1.0, 1.1, 0.9]
        let full = [1.01, 1.12, 0.905]
        var b = SeriesSamples()
        var f = SeriesSamples()
        for i in 0..<3 {
            b.append(elapsedMs: base[i], run: i + 1, iteration: 1)
            f.append(elapsedMs: full[i], run: i + 1, iteration: 1)
        }
        rec.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)] = b
        rec.series[SeriesKey(testName: "full_integration", operation: "complete_operation", agentCount: 1)] = f
        let total = try #require(try Analyzer.analyze(rec).scales[0].total)
        // numpy/scipy: l = log(full/base); m = l.mean(); se = l.std(ddof=1)/sqrt(3); t = t.ppf(0.975, 2);
        // (exp(m)-1)*100, (exp(m∓t*se)-1)*100
        #expect(abs(total.value - 1.1232285940505626) < 1e-9)
        #expect(abs(total.lower! - -0.4539354134182827) < 1e-6)
        #expect(abs(total.upper! - 2.725380493474616) < 1e-6)
    }
}
