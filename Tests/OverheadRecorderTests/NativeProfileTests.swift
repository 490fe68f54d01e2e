import Foundation
import NativeBus
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// The embedded bus's profile: every layer function's operation by phase.
struct NativeProfileTests {
    @Test func everyLayerIsProfiledByPhase() throws {
        let dir = try TestSupport.makeTemporaryDirectory("native-profile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = ProfileSettings(calls: 20, path: dir.appendingPathComponent("p.jsonl").path)
        let factory = NativeBusTargetFactory()
        let profile = try #require(
            try factory.profile(busRoot: dir.appendingPathComponent("bus").path, settings: settings) { false })
        #expect(profile.header.target == "native")
        #expect(profile.header.droppedCalls == 0)
        #expect(profile.layers.map(\.name) == LayerFunction.allCases.map(\.rawValue))
        for layer in profile.layers {
            #expect(layer.calls == 20, "\(layer.name)")
            #expect(layer.profiledMs > 0 && layer.untracedMs != nil && layer.tracedMs != nil, "\(layer.name)")
            #expect(layer.hotspots.allSatisfy { $0.file == nil && $0.line == nil }, "phases, not lines")
            #expect(layer.stacks.allSatisfy { $0.frames.count == 2 && $0.frames[0] == layer.name })
            let sum = layer.hotspots.reduce(0) { $0 + $1.ms }
            #expect(abs(sum - layer.profiledMs) < 1e-9)
        }
        let send = try #require(profile.layer("send_message"))
        let phases = Dictionary(uniqueKeysWithValues: send.hotspots.map { ($0.label, $0.count) })
        #expect(phases["rename"] == 1 && phases["flock"] == 2 && phases["stat"] == 1)
        let emit = try #require(profile.layer("emit_metric"))
        #expect(emit.component == "metrics")
        #expect(Set(emit.hotspots.map(\.label)).isSuperset(of: ["flock", "write"]))
    }
}
