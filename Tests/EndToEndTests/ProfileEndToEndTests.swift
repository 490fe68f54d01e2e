import Foundation
import TestSupport
import Testing

/// The built analyzer on the profiled sample: the profile's section, advice from what was
/// measured, and the folded stacks.
struct ProfileEndToEndTests {
    @Test func theProfiledSampleReadsWithItsProfile() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sample = TestSupport.packageRoot.appendingPathComponent("samples/shell-lib-profiled")
        let out = try AnalyzerProcess.run(
            [
                sample.appendingPathComponent("results.jsonl").path, "--profile",
                sample.appendingPathComponent("results.profile.jsonl").path, "--color", "never",
                "--export", "folded=stacks.folded",
            ], in: dir)
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        #expect(out.stdout.contains("=== PROFILE: WHERE THE TIME GOES INSIDE EACH LAYER ==="))
        #expect(out.stdout.contains("emit_metric forks `flock` once per message"))
        #expect(!out.stdout.contains("Check flock contention on metrics.lock"))
        let folded = try String(contentsOf: dir.appendingPathComponent("stacks.folded"), encoding: .utf8)
        #expect(folded.split(separator: "\n").contains { $0.hasPrefix("emit_metric;metrics.sh:20 ") })
    }
}
