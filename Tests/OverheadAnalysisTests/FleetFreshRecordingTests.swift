import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

/// The fleet's per-host figures are each recording's own analysis, for recordings made by the
/// current recorder (paired windows, trimmed-mean estimate per window).
@Suite struct FleetFreshRecordingTests {
    @Test func eachHostShowsItsOwnAnalysisEstimate() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let recordings = try [
            FreshRecording(in: dir, name: "a", seed: 11).read(), FreshRecording(in: dir, name: "b", seed: 12).read(),
        ]
        // Both were timed pair by pair: the full-integration window has its paired sends.
        for r in recordings {
            #expect(
                r.series.keys.contains {
                    $0.testName == TestName.fullIntegration.rawValue
                        && $0.operation == OperationName.pairedSend.rawValue
                })
        }
        let fleet = try FleetAnalyzer.analyze(recordings)
        #expect(fleet.scales.map(\.agentCount) == [1, 2])
        for (i, recording) in recordings.enumerated() {
            let alone = try Analyzer.analyze(recording)
            for scale in fleet.scales {
                let own = alone.scales.first { $0.agentCount == scale.agentCount }?.total
                #expect(own != nil)
                #expect(scale.hosts[i].overhead == own, "host \(i) at \(scale.agentCount) agents")
                let verdict = alone.criteria.first { $0.id == "total_overhead" && $0.agentCount == scale.agentCount }
                #expect(scale.hosts[i].verdict == verdict?.verdict)
            }
        }
    }
}
