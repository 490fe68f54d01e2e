import Foundation
import TestSupport
import Testing

@testable import OverheadRecorder

/// How a recording with `--profile` ends when the profile cannot be made.
struct RecorderProfileTests {
    @Test func aTargetThatCannotBeProfiledEndsWithExit3AndACompleteResultsFile() throws {
        let run = try RecorderHarness.run { $0.profile = true }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.ioError)
        #expect(run.stderr.contains("cannot be profiled"), "\(run.stderr)")
        #expect(run.records(ofType: "end").count == 1)
        #expect(
            !FileManager.default.fileExists(atPath: run.directory.appendingPathComponent("results.profile.jsonl").path))
    }

    @Test func anUnwritableProfileFileIsRefusedBeforeMeasuring() throws {
        let run = try RecorderHarness.run {
            $0.profile = true
            $0.profileOut = "/nonexistent-dir/p.jsonl"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == RecorderExitCode.ioError)
        #expect(run.records.isEmpty)
        #expect(run.stderr.contains("/nonexistent-dir/p.jsonl"), "\(run.stderr)")
    }
}
