import OverheadAnalysis
import OverheadFormat

/// A small simulated fleet for report tests: six hosts at 1 and 10 agents whose true total overhead
/// is about 2%, one of them (`odd-host`) at 12%, and one that recorded 1 agent only; fixed seeds.
public enum SampleFleet {
    /// Results file name → recording, as the CLI tests' loader serves them.
    public static func recordings(hostnames: [String] = defaultHostnames) -> [(file: String, recording: Recording)] {
        hostnames.enumerated().map { i, name in
            let odd = name == "odd-host"
            let truth = odd ? 12.0 : 1.5 + 0.2 * Double(i)
            var r = RecordingSimulator(
                .init(
                    seed: 100 + UInt64(i), agentCounts: i == 5 ? [1] : [1, 10], blocks: 8, iterations: 40,
                    tests: [.baseline, .fullIntegration], truth: .init(totalPercent: truth), noise: .quiet)
            ).recording()
            r.manifest?.host.hostname = name
            let file = "\(name)/results.jsonl"
            r.files = [file]
            return (file, r)
        }
    }

    public static let defaultHostnames = ["host-a", "host-b", "host-c", "odd-host", "host-e", "host-f"]

    /// The fleet analysis of `recordings()` with the default options.
    public static func analysis() throws -> FleetAnalysis {
        try FleetAnalyzer.analyze(recordings().map(\.recording))
    }
}
