import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

/// `FleetAnalyzer` on real and simulated recordings: the per-host figures are the ones each
/// recording's own analysis gives, and the edge cases (one host, two, a missing scale, identical
/// recordings, different settings) are reported as data.
@Suite("Fleet analysis")
struct FleetAnalyzerTests {
    /// The sample recordings with their perf logs (the original layout has none).
    static let samples = ["default", "quick", "shell-lib-recording", "shell-lib-recording-round-trip"]

    static func sample(_ name: String) throws -> Recording {
        let dir = TestSupport.packageRoot.appendingPathComponent("samples/\(name)")
        return try RecordingReader.read(
            resultsFiles: [dir.appendingPathComponent("results.jsonl").path],
            perfLogs: [dir.appendingPathComponent("perf.log").path])
    }

    static func simulated(seed: UInt64, totalPercent: Double, agentCounts: [Int] = [1, 10], blocks: Int = 6)
        -> Recording
    {
        RecordingSimulator(
            .init(
                seed: seed, agentCounts: agentCounts, blocks: blocks, iterations: 40,
                tests: [.baseline, .fullIntegration], truth: .init(totalPercent: totalPercent), noise: .quiet)
        ).recording()
    }

    @Test("the samples as a fleet: every host's figures and verdicts are those of its own analysis")
    func samplesMatchTheirOwnAnalysis() throws {
        let recordings = try Self.samples.map(Self.sample)
        let fleet = try FleetAnalyzer.analyze(recordings)
        #expect(fleet.hosts.map(\.files) == recordings.map(\.files))
        #expect(fleet.hosts.map(\.perfLogs) == recordings.map(\.perfLogs))
        var compared = 0
        for (i, recording) in recordings.enumerated() {
            let alone = try Analyzer.analyze(recording)
            for scale in alone.scales {
                let entry = try #require(
                    fleet.scales.first { $0.agentCount == scale.agentCount }?.hosts.first { $0.host == i })
                #expect(entry.overhead == scale.total)
                let own = alone.criteria.first { $0.id == "total_overhead" && $0.agentCount == scale.agentCount }
                #expect(entry.verdict == own?.verdict)
                compared += 1
            }
        }
        #expect(compared == 3 + 2 + 2 + 2)
        // Agents 1 is measured by all four; 3 by three, 10 and 100 by the default sample only.
        let one = try #require(fleet.scales.first { $0.agentCount == 1 }?.pooled)
        #expect(one.hosts == 4)
        #expect(fleet.scales.first { $0.agentCount == 100 }?.pooled == nil)
        let others = [fleet.hosts[1].label, fleet.hosts[2].label, fleet.hosts[3].label]
        #expect(fleet.warnings.contains(.scaleMissing(agentCount: 100, hosts: others)))
    }

    @Test("one host: nothing pooled, both verdicts NOT EVALUATED, and a warning saying so")
    func singleHost() throws {
        let fleet = try FleetAnalyzer.analyze([Self.simulated(seed: 1, totalPercent: 2)])
        #expect(fleet.warnings.first == .singleHost)
        #expect(fleet.scales.allSatisfy { $0.pooled == nil })
        #expect(fleet.criteria.count == 4)
        #expect(fleet.criteria.allSatisfy { $0.verdict == .notEvaluated })
        #expect(fleet.criteria.first?.basis == .notEvaluated(.tooFewHosts(hosts: 1, needed: 2)))
        #expect(fleet.scales[0].hosts[0].overhead != nil)
    }

    @Test("two hosts: a pooled interval with 1 df, no prediction, no outlier check")
    func twoHosts() throws {
        let fleet = try FleetAnalyzer.analyze([
            Self.simulated(seed: 1, totalPercent: 2), Self.simulated(seed: 2, totalPercent: 3),
        ])
        let scale = fleet.scales[0]
        let pooled = try #require(scale.pooled)
        #expect(pooled.hosts == 2 && pooled.prediction == nil)
        #expect(scale.hosts.allSatisfy { $0.othersPrediction == nil && $0.outlier == nil })
        #expect(fleet.warnings.contains(.twoHosts(agentCount: 1)))
        #expect(fleet.warnings.contains(.outliersNotChecked(agentCount: 1, hosts: 2)))
        let newHost = try #require(fleet.criteria.first { $0.id == FleetAnalyzer.newHostCriterion })
        #expect(newHost.basis == .notEvaluated(.tooFewHosts(hosts: 2, needed: 3)))
        let total = try #require(fleet.criteria.first { $0.id == FleetAnalyzer.pooledCriterion })
        #expect(total.measured?.n == 2 && total.intervalUnits == .hosts)
        #expect(abs(scale.hosts.compactMap(\.weightPercent).reduce(0, +) - 100) < 1e-9)
    }

    @Test("a host without a scale is listed as not measured and the others are pooled there")
    func missingScale() throws {
        let fleet = try FleetAnalyzer.analyze([
            Self.simulated(seed: 1, totalPercent: 2), Self.simulated(seed: 2, totalPercent: 2),
            Self.simulated(seed: 3, totalPercent: 2), Self.simulated(seed: 4, totalPercent: 2, agentCounts: [1]),
        ])
        let ten = try #require(fleet.scales.first { $0.agentCount == 10 })
        #expect(ten.hosts[3].exclusion == .notMeasured && ten.hosts[3].overhead == nil)
        #expect(ten.pooled?.hosts == 3)
        #expect(fleet.scales.first { $0.agentCount == 1 }?.pooled?.hosts == 4)
        #expect(fleet.warnings.contains(.scaleMissing(agentCount: 10, hosts: [fleet.hosts[3].label])))
    }

    @Test("the same recording four times: τ² = 0, I² = 0, the interval keeps the within-host width")
    func identicalHosts() throws {
        let one = Self.simulated(seed: 9, totalPercent: 2)
        let fleet = try FleetAnalyzer.analyze([one, one, one, one])
        let scale = fleet.scales[0]
        let pooled = try #require(scale.pooled)
        #expect(pooled.tauPoints == 0 && pooled.iSquaredPercent == 0)
        let own = try #require(scale.hosts[0].overhead)
        #expect(abs(pooled.estimate.value - own.value) < 1e-9)
        // Four identical hosts: the fixed-effect standard error is the host's own / 2, with t(3).
        #expect(try #require(pooled.estimate.upper) - pooled.estimate.value > 0)
        #expect(scale.outliers.isEmpty)
        #expect(fleet.warnings.contains { if case .sameHost = $0 { true } else { false } })
    }

    @Test("settings that differ from the first recording's are warned about, host facts are not")
    func differentSettings() throws {
        var other = Self.simulated(seed: 2, totalPercent: 2, blocks: 7)
        other.manifest?.host.hostname = "other"
        let fleet = try FleetAnalyzer.analyze([Self.simulated(seed: 1, totalPercent: 2), other])
        let changes = fleet.warnings.compactMap { w -> [ManifestChange]? in
            if case .differentSettings(_, let c) = w { return c } else { return nil }
        }
        #expect(changes == [[ManifestChange(name: "runs", old: "6", new: "7")]])
    }

    @Test("an odd host among simulated recordings is flagged above the others' prediction")
    func oddHostInRecordings() throws {
        let recordings =
            (1...6).map { Self.simulated(seed: UInt64($0), totalPercent: 2, agentCounts: [10], blocks: 10) }
            + [Self.simulated(seed: 99, totalPercent: 12, agentCounts: [10], blocks: 10)]
        let fleet = try FleetAnalyzer.analyze(recordings)
        let scale = fleet.scales[0]
        #expect(scale.outliers.map(\.host) == [6])
        #expect(scale.hosts[6].outlier == .above)
        let prediction = try #require(scale.hosts[6].othersPrediction)
        #expect(try #require(scale.hosts[6].overhead?.lower) > prediction.upper!)
    }

    @Test("a recording without a baseline stops the fleet like analyze does")
    func noBaseline() {
        var broken = Self.simulated(seed: 1, totalPercent: 2)
        broken.series = broken.series.filter { $0.key.testName != "baseline" }
        #expect(throws: AnalysisError.self) {
            try FleetAnalyzer.analyze([Self.simulated(seed: 2, totalPercent: 2), broken])
        }
        #expect(throws: AnalysisError.self) { try FleetAnalyzer.analyze([]) }
    }
}
