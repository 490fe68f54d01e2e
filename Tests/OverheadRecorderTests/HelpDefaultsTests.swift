import Foundation
import Testing

@testable import OverheadRecorder

/// Every default `overhead-record --help` states is the one the resolver applies: each is read
/// back from the help text and compared with a configuration resolved without flags.
@Suite struct HelpDefaultsTests {
    /// Option name → its help text, from the help printed without line wrapping.
    static let help: [String: String] = {
        var entries: [String: String] = [:]
        var current: String?
        for line in RecorderOptions.helpMessage(columns: 1000).split(separator: "\n") {
            let trimmed = line.droppingLeadingSpaces
            if line.hasPrefix("  -") {
                let label = trimmed.prefix { $0 != " " }
                current = String(label.split(separator: ",").last ?? label)
                entries[current!] = String(trimmed.dropFirst(label.count)).droppingLeadingSpaces
            } else if let current, line.hasPrefix("    ") {
                entries[current, default: ""] += (entries[current, default: ""].isEmpty ? "" : " ") + trimmed
            }
        }
        return entries
    }()

    /// What the help of `option` gives after "default ", up to the closing parenthesis or a comma.
    static func stated(_ option: String) -> String? {
        guard let text = help[option], let range = text.range(of: "default ") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != ")" && $0 != "," })
    }

    static func resolve(
        _ arguments: [String] = [], environment: [String: String] = [:], directories: Set<String> = ["/dev/shm"]
    ) throws -> RecorderConfiguration {
        try RecorderConfiguration.resolve(
            RecorderOptions.parse(arguments), environment: environment,
            isDirectory: { directories.contains($0) }, randomSeed: { 7 })
    }

    @Test func numbersAndPathsMatchTheResolvedDefaults() throws {
        let c = try Self.resolve()
        #expect(Self.stated("--min-window-ms").flatMap { Double($0) } == c.minimumWindowMs)
        #expect(c.run.iterationsSource == .default)
        #expect(Self.stated("--runs").flatMap { Int($0) } == c.run.statisticalRuns)
        #expect(Self.stated("--warmup-runs").flatMap { Int($0) } == c.run.warmupRuns)
        #expect(Self.stated("--concurrency").flatMap { Int($0) } == c.run.concurrency)
        #expect(Self.stated("--sample-interval").flatMap { Double($0) } == c.run.sampleIntervalSeconds)
        #expect(Self.stated("--target-overhead").flatMap { Double($0) } == c.run.targetOverheadPercent)
        #expect(Self.stated("--confidence").flatMap { Double($0) } == c.run.confidence)
        #expect(Self.stated("--call-timeout").flatMap { Double($0) } == c.callTimeoutSeconds)
        #expect(Self.stated("--results") == c.resultsPath)
        #expect(Self.stated("--perf-log") == c.perfLogPath)
        #expect(Self.stated("--target") == c.target.rawValue)
        #expect(Self.stated("--timeout") == "none" && c.run.timeoutSeconds == nil)
        #expect(Self.stated("--latency-threshold") == "off" && c.run.latencyRegressionThresholdMs == nil)
        let scales = try #require(Self.stated("--scales"))
        #expect(scales == "\"" + c.run.scaleLevels.map(String.init).joined(separator: " ") + "\"")
    }

    @Test func maxRunsIsTheLargerOfItsDefaultAndTheRuns() throws {
        #expect(Self.stated("--max-runs") == "the larger of \(RecorderDefaults.maxRuns) and --runs")
        #expect(try Self.resolve().maxRuns == RecorderDefaults.maxRuns)
        #expect(try Self.resolve(["--runs", "80"]).maxRuns == 80)
    }

    @Test func busDirectoryFallsBackAsStated() throws {
        let text = try #require(Self.help["--bus-dir"])
        #expect(text.contains("(default /dev/shm, else $TMPDIR, else /tmp)"))
        #expect(try Self.resolve().busParent == "/dev/shm")
        #expect(try Self.resolve(environment: ["TMPDIR": "/t"], directories: ["/t"]).busParent == "/t")
        #expect(try Self.resolve(directories: []).busParent == "/tmp")
    }

    @Test func quickPresetIsAsStated() throws {
        let c = try Self.resolve(["--quick"])
        let preset =
            "scales \(c.run.scaleLevels.map(String.init).joined(separator: " ")), "
            + "\(c.run.iterations) iterations, \(c.run.statisticalRuns) runs"
        #expect(Self.help["--quick"]?.contains(preset) == true, "\(Self.help["--quick"] ?? "")")
    }
}

extension StringProtocol {
    fileprivate var droppingLeadingSpaces: String { String(drop { $0 == " " }) }
}
