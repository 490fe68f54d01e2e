import OverheadSimulation

/// What the sweep covers, from `OVERHEAD_SWEEP_*` environment variables (defaults in brackets in
/// `run-sweep.sh`). Seeds are fixed in each table, so the same settings give the same figures.
struct SweepSettings {
    /// Recordings per row of the coverage table; the other tables derive theirs from it.
    var recordings = 1000
    var noises: [(name: String, noise: RecordingSimulator.Noise)] = SweepSettings.allNoises
    var components = CalibrationScenario.Component.allCases
    var coverageBlocks = [3, 5, 10, 30, 100]
    /// True overheads of the metrics rows (the other components have fixed ones).
    var metricsTruths = [0, 0.5, 2]
    var powerBlocks = [10, 30, 100, 300]
    var tailBlocks = [5, 10, 30]
    var compareBlocks = [5, 10, 30]

    static let allNoises: [(name: String, noise: RecordingSimulator.Noise)] = [
        ("quiet", .quiet), ("realistic", .realistic), ("heavy", .heavy),
    ]

    /// The variables read, in the order `run-sweep.sh` documents them.
    static let variableNames = [
        "OVERHEAD_SWEEP_RECORDINGS", "OVERHEAD_SWEEP_NOISES", "OVERHEAD_SWEEP_BLOCKS", "OVERHEAD_SWEEP_TRUE",
        "OVERHEAD_SWEEP_COMPONENTS", "OVERHEAD_SWEEP_POWER_BLOCKS", "OVERHEAD_SWEEP_TAIL_BLOCKS",
        "OVERHEAD_SWEEP_COMPARE_BLOCKS",
    ]

    /// Recordings per row of the power and blocks-needed tables.
    var fewerRecordings: Int { max(50, recordings / 5) }
    /// Recordings (pairs) per row of the tail and compare-mode tables.
    var halfRecordings: Int { max(50, recordings / 2) }

    init() {}

    init(environment env: [String: String]) throws(SweepSettingsError) {
        func list(_ name: String) throws(SweepSettingsError) -> [Double]? {
            guard let raw = env[name] else { return nil }
            let words = raw.split(separator: " ")
            let values = words.compactMap { Double($0) }
            guard values.count == words.count, !values.isEmpty else { throw .init(variable: name, value: raw) }
            return values
        }
        func counts(_ name: String) throws(SweepSettingsError) -> [Int]? {
            guard let values = try list(name) else { return nil }
            guard values.allSatisfy({ $0 >= 2 && $0 == $0.rounded() }) else {
                throw .init(variable: name, value: env[name] ?? "")
            }
            return values.map { Int($0) }
        }
        if let raw = env["OVERHEAD_SWEEP_RECORDINGS"] {
            guard let n = Int(raw), n > 0 else { throw .init(variable: "OVERHEAD_SWEEP_RECORDINGS", value: raw) }
            recordings = n
        }
        if let raw = env["OVERHEAD_SWEEP_NOISES"] {
            let wanted = raw.split(separator: " ").map(String.init)
            guard wanted.allSatisfy({ name in Self.allNoises.contains { $0.name == name } }) else {
                throw .init(variable: "OVERHEAD_SWEEP_NOISES", value: raw)
            }
            noises = Self.allNoises.filter { wanted.contains($0.name) }
        }
        if let raw = env["OVERHEAD_SWEEP_COMPONENTS"] {
            let wanted = raw.split(separator: " ").map { CalibrationScenario.Component(rawValue: String($0)) }
            guard !wanted.contains(nil) else { throw .init(variable: "OVERHEAD_SWEEP_COMPONENTS", value: raw) }
            components = CalibrationScenario.Component.allCases.filter { wanted.contains($0) }
        }
        coverageBlocks = try counts("OVERHEAD_SWEEP_BLOCKS") ?? coverageBlocks
        metricsTruths = try list("OVERHEAD_SWEEP_TRUE") ?? metricsTruths
        powerBlocks = try counts("OVERHEAD_SWEEP_POWER_BLOCKS") ?? powerBlocks
        tailBlocks = try counts("OVERHEAD_SWEEP_TAIL_BLOCKS") ?? tailBlocks
        compareBlocks = try counts("OVERHEAD_SWEEP_COMPARE_BLOCKS") ?? compareBlocks
    }
}

struct SweepSettingsError: Error, CustomStringConvertible {
    var variable: String
    var value: String
    var description: String { "\(variable)=\"\(value)\" is not a valid setting (see benchmarks/stats/run-sweep.sh)" }
}
