import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

/// A profile joined to an analysis: figures per message and shares computed from the profile, and
/// the original's generic advice replaced only where a layer was measured.
struct ProfileAnalysisTests {
    let result = ProfileAnalysis.attach(SampleProfile.profile, to: SampleResults.full)

    @Test func overLimitComponentsGetFindingsFromWhatWasMeasured() throws {
        let profile = try #require(result.profile)
        let over = Set(
            SampleResults.full.scales.flatMap(\.components).filter { ProfileAnalysis.isOverLimit($0) }.map(\.component))
        #expect(Set(profile.findings.map(\.component)) == over.subtracting([.residual]))
        let metrics = try #require(profile.finding(for: .metrics))
        #expect(metrics.layer == "emit_metric")
        #expect(metrics.callsPerMessage == 1)
        #expect(
            metrics.externalCommands.map(\.entry) == [
                CommandRate(name: "date", perCall: 2, perMessage: 2),
                CommandRate(name: "jq", perCall: 1, perMessage: 1),
            ])
        // date 2.4 ms and jq 0.9 ms of the layer's 4.0 ms.
        #expect(abs(metrics.externalCommands[0].sharePercent - 60) < 1e-9)
        #expect(abs(metrics.externalSharePercent - 82.5) < 1e-9)
        #expect(metrics.forksPerMessage == 7)  // 3 external commands, 2 subshells, 2 pipeline stages
        #expect(metrics.hotspots.map(\.entry.line) == [12, 13, 14])
        #expect(abs(metrics.hotspots[0].sharePercent - 35) < 1e-9)
        #expect(metrics.byLine)
    }

    @Test func perMessageFiguresFollowTheComponentsCallsPerMessage() throws {
        let health = try #require(result.profile?.finding(for: .health))
        #expect(health.callsPerMessage == 0.1)
        #expect(health.externalCommands.map(\.entry.perMessage) == [0.1])
        #expect(abs(health.forksPerMessage - 0.1) < 1e-12)
    }

    @Test func genericAdviceGoesOnlyWhereALayerWasMeasured() throws {
        for scale in result.scales {
            for c in scale.components { #expect(c.advice.isEmpty || result.profile?.finding(for: c.component) == nil) }
        }
        // Without the check_inbox_capacity layer, rate limiting keeps the original's texts.
        var trimmed = SampleProfile.profile
        trimmed.layers.removeAll { $0.name == "check_inbox_capacity" }
        let partial = ProfileAnalysis.attach(trimmed, to: SampleResults.full)
        let rateLimiting = partial.scales.flatMap(\.components).filter {
            $0.component == .rateLimiting && ProfileAnalysis.isOverLimit($0)
        }
        #expect(!rateLimiting.isEmpty)
        #expect(rateLimiting.allSatisfy { !$0.advice.isEmpty })
        #expect(partial.profile?.finding(for: .rateLimiting) == nil)
    }

    @Test func layersCarryTracingCostAndForks() throws {
        let emit = try #require(result.profile?.layers.first { $0.layer.name == "emit_metric" })
        #expect(abs(emit.tracingAddedPercent! - 15) < 1e-9)  // 4.6 ms traced vs 4.0 untraced
        #expect(emit.forksPerCall == 7)
        let send = try #require(result.profile?.layers.first { $0.layer.name == "send_message" })
        #expect(send.callsPerMessage == nil)
    }
}
