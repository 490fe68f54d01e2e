import Foundation
// The simulator and calibration harness live in their own target so the calibration sweep
// (benchmarks/stats/sweep) can use them too; every test that imports TestSupport sees them.
@_exported import OverheadSimulation

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The package root, found from this file's location.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// A fresh private temporary directory, removed by the caller.
    public static func makeTemporaryDirectory(_ prefix: String = "overheadbench-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension TestSupport {
    /// Polls `condition` every `poll` seconds until it holds or `timeout` seconds have passed, and
    /// says whether it held: for waiting on another thread or process without a fixed sleep.
    public static func waitUntil(timeout: Double, poll: Double = 0.01, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() >= deadline { return condition() }
            Thread.sleep(forTimeInterval: poll)
        }
        return true
    }
}
