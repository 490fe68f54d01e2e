import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

/// Recordings timed inside the target carry a no-op call beside each added operation; the added
/// operation's cost is measured above it.
@Suite("added operations above the call floor")
struct CallFloorTests {
    /// The synthetic recording with a `call_floor` series in the health and rate-limiting tests:
    /// each added operation's own samples less `bodyMs`.
    private func withFloor(bodyMs: Double) -> Recording {
        var rec = SyntheticRecording().build()
        for (key, samples) in rec.series
        where (key.testName == "health_integration" && key.operation == "health_report")
            || (key.testName == "rate_limiting_integration" && key.operation == "capacity_check")
        {
            var floor = samples
            floor.elapsedMs = samples.elapsedMs.map { $0 - bodyMs }
            rec.series[SeriesKey(testName: key.testName, operation: "call_floor", agentCount: key.agentCount)] = floor
        }
        return rec
    }

    @Test("the cost above the floor is the body's: health 1/10 of it per message, a capacity check all of it")
    func subtractsTheFloor() throws {
        let body = 0.001
        let r = try Analyzer.analyze(withFloor(bodyMs: body))
        for scale in r.scales {
            let byName = Dictionary(uniqueKeysWithValues: scale.components.map { ($0.component, $0.overhead) })
            // Per block the baseline mean varies, so the expected value is the mean over blocks of
            // 100·w·body/b_b; it lies between the extremes over the scale's block means.
            let health = try #require(byName[.health])
            let rate = try #require(byName[.rateLimiting])
            let nominalHealth = 100 * 0.1 * body / scale.baselineMeanMs
            let nominalRate = 100 * body / scale.baselineMeanMs
            #expect(abs(health.value - nominalHealth) < 0.05 * nominalHealth, "\(health) vs \(nominalHealth)")
            #expect(abs(rate.value - nominalRate) < 0.05 * nominalRate, "\(rate) vs \(nominalRate)")
        }
    }

    @Test("a layer no dearer than the floor reads 0, with an interval, though the log ratio could not take it")
    func zeroCostLayer() throws {
        let r = try Analyzer.analyze(withFloor(bodyMs: 0))
        for scale in r.scales {
            for c in scale.components where c.component == .health || c.component == .rateLimiting {
                #expect(c.overhead.value == 0, "\(c)")
                #expect(c.overhead.lower != nil)
            }
        }
    }

    @Test("a floor near a layer's cost per message is a warning naming the layer")
    func floorWarning() {
        let scale = ScaleOverhead(
            agentCount: 1, baselineMeanMs: 4, baselineP95Ms: 5, metricsMeanMs: nil, fullMeanMs: nil, fullP95Ms: nil,
            components: [
                ComponentOverhead(
                    component: .metrics, overhead: SampleResults.estimate(10, 9, 11, n: 5), limitPercent: 0.5,
                    sharePercent: 90, advice: []),
                ComponentOverhead(
                    component: .health, overhead: SampleResults.estimate(0.01, -0.01, 0.03, n: 5), limitPercent: 0.3,
                    sharePercent: 10, advice: []),
            ], total: nil, p95Overhead: nil, p99Overhead: nil, shutdownPerAgentMs: nil)
        // Metrics costs 0.4 ms per message, health 0.0004 ms: a 0.008 ms floor is near health only.
        #expect(
            AnalysisWarnings.callFloor(0.008, scales: [scale])
                == .callFloorNearLayerCost(floorMs: 0.008, components: [.health]))
        #expect(AnalysisWarnings.callFloor(0.00001, scales: [scale]) == nil)
    }
}
