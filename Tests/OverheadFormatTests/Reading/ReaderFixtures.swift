import Foundation
import TestSupport

@testable import OverheadFormat

/// Temporary files for reader tests, removed when the body returns.
func withTempFiles<T>(_ body: (TempFiles) throws -> T) throws -> T {
    let files = try TempFiles()
    defer { try? FileManager.default.removeItem(at: files.directory) }
    return try body(files)
}

struct TempFiles {
    let directory: URL

    init() throws {
        directory = try TestSupport.makeTemporaryDirectory("reader-test")
    }

    /// Writes `bytes` and returns the path.
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// One record per line, as the recorder writes them.
    func write(_ name: String, records: [Record]) throws -> String {
        try write(name, records.map(\.jsonLine).joined(separator: "\n") + "\n")
    }
}

/// Reads with the given options and returns the recording.
func readResults(_ paths: [String], perfLogs: [String] = [], options: ReadOptions = ReadOptions()) throws -> Recording {
    try RecordingReader.read(resultsFiles: paths, perfLogs: perfLogs, options: options)
}

/// Example records of every type.
enum Fixtures {
    static let manifest = Manifest(
        host: HostInfo(
            hostname: "host \"1\"", kernel: "6.8.0-45-generic", cpuModel: "AMD EPYC 7B13", cpuCount: 2,
            memoryMB: 24105.5, tmpfsMB: 12052),
        config: RunConfiguration(
            iterations: 100, scaleLevels: [1, 10, 100], statisticalRuns: 5, warmupRuns: 1,
            concurrency: 1, sampleIntervalSeconds: 0.5, timeoutSeconds: nil,
            latencyRegressionThresholdMs: 5, seed: 18_446_744_073_709_551_557,
            targetOverheadPercent: 1, confidence: 0.95, untilDecided: true),
        target: TargetInfo(
            kind: "shell", libraryDirectory: "/opt/lib",
            libraryFiles: [
                LibraryFile(
                    name: "message-bus", path: "/opt/lib/message-bus.sh", sha256: String(repeating: "ab", count: 32))
            ]),
        startTime: "2026-11-26T17:30:00.123Z")

    static func sample(
        _ test: String = "baseline", _ op: String = "message_send", agents: Int = 1, ms: Double = 0.145,
        run: Int = 1, iteration: Int = 1, warmup: Bool = false
    ) -> Sample {
        Sample(
            timestamp: "2026-11-26T17:30:01.000Z", testName: test, agentCount: agents, operation: op, elapsedMs: ms,
            cpuPercent: 2.3, memoryMB: 150, run: run, iteration: iteration, warmup: warmup)
    }

    static let summary = StatisticsSummary(
        timestamp: "2026-11-26T17:30:05.456Z", testName: "baseline", agentCount: 100,
        operation: "message_send", avgMs: 0.145, stddevMs: 0.012, p50Ms: 0.143,
        p95Ms: 0.165, p99Ms: 0.178, count: 500)
    static let window = WindowMark(
        event: .end, timestamp: "2026-11-26T17:30:02.000Z", unixTime: 1_795_714_202.25,
        testName: "metrics_integration", agentCount: 10, run: 2, warmup: false)
    static let block = BlockPlan(agentCount: 10, run: 2, warmup: true, order: ["baseline", "full_integration"])
    static let conservation = Conservation(
        testName: "full_integration", agentCount: 10, run: 2, sent: 100,
        received: 90, drained: 8, evicted: 2)
    static let failure = OperationFailure(
        timestamp: "2026-11-26T17:30:03.000Z", testName: "health_integration",
        agentCount: 1, operation: "health_report", run: 1, iteration: 4,
        elapsedMs: 12.5, exitCode: 1, reason: "non-zero exit",
        stderrTail: "line1\nflock: timeout \u{1}")
    static let calibration = Calibration(
        timestamp: "2026-11-26T17:30:00.500Z", noopMedianMs: 0.9, noopP95Ms: 1.25, count: 200)
    static let decision = Decision(
        timestamp: "2026-11-26T17:31:00.000Z", blocks: 12, decided: false, detail: "metrics undecided")
    static let partial = PartialMarker(reason: "interrupted", detail: "SIGINT", timestamp: "2026-11-26T17:32:00.000Z")
    static let end = RunEnd(timestamp: "2026-11-26T17:33:00.000Z", samples: 3, failures: 1, evictions: 2)

    static var everyType: [Record] {
        [
            .manifest(manifest), .block(block), .window(window), .sample(sample(ms: 0.145, iteration: 1)),
            .sample(sample(ms: 0.2, iteration: 2)), .sample(sample(ms: 9, run: 0, iteration: 1, warmup: true)),
            .statistics(summary), .conservation(conservation), .failure(failure), .calibration(calibration),
            .decision(decision), .partial(partial), .end(end),
        ]
    }
}
