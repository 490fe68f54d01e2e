import Foundation
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadReports

/// Axes over the extremes a recording can hold: every tick loop ends after a bounded number of
/// ticks and every coordinate is finite (5e-324 once made a tick loop allocate 16 GB).
@Suite struct ChartBoundsTests {
    static let tiny = Double.leastNonzeroMagnitude
    static let huge = 1.7e308

    static func checkBounded(_ axis: ChartAxis, _ name: String) {
        let ticks = axis.ticks(count: 8)
        #expect(ticks.count <= ChartAxis.maxTicks, "\(name): \(ticks.count) ticks")
        #expect(ticks.allSatisfy { $0.isFinite }, "\(name)")
        #expect(ticks.allSatisfy { axis.position($0).isFinite }, "\(name)")
        #expect(ChartAxis.label(ticks.first ?? 0).count < 20, "\(name)")
    }

    @Test func logAxesOverExtremeLatenciesAreBounded() {
        let cases: [(String, [Double])] = [
            ("one subnormal", [Self.tiny, 0.02, 0.5]), ("all huge", [Self.huge, Self.huge]),
            ("subnormal to huge", [Self.tiny, Self.huge]), ("only subnormals", [Self.tiny, 3 * Self.tiny]),
            ("nothing positive", [0, -1, .nan]),
        ]
        for (name, values) in cases {
            let axis = ChartAxis.log(values, from: 0, to: 100)
            #expect(axis.isValid, "\(name)")
            Self.checkBounded(axis, name)
        }
    }

    @Test func linearAxesOverExtremeSpansAreBounded() {
        let cases: [(String, [Double])] = [
            ("symmetric huge", [-Self.huge, Self.huge]), ("huge", [Self.huge]),
            ("span below one ulp step", [1e20, 1e20.nextUp]), ("subnormals", [Self.tiny, 2 * Self.tiny]),
            ("infinite", [.infinity, -.infinity, .nan]),
        ]
        for (name, values) in cases {
            Self.checkBounded(ChartAxis.linear(values, including: [0], from: 0, to: 100), name)
        }
    }

    @Test func handMadeDomainsNeverLoop() {
        let axes = [
            ChartAxis(lower: .leastNonzeroMagnitude * 2000, upper: 1e308, from: 0, to: 1, logarithmic: true),
            ChartAxis(lower: 0, upper: 1, from: 0, to: 1, logarithmic: true),
            ChartAxis(lower: -Double.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude, from: 0, to: 1),
            ChartAxis(lower: 1e20, upper: 1e20.nextUp, from: 0, to: 1),
            ChartAxis(lower: 0, upper: 1e300, from: 0, to: 1),
        ]
        for (i, axis) in axes.enumerated() { Self.checkBounded(axis, "axis \(i)") }
    }

    @Test func hostileRecordingsRenderAsValidHTML() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in [
            ("one-subnormal-latency", HostileRecordings.oneSubnormalLatency),
            ("huge-latencies", HostileRecordings.hugeLatencies),
            ("subnormal-series", HostileRecordings.subnormalSeries),
            ("zero-latencies", HostileRecordings.zeroLatencies),
        ] {
            let file = dir.appendingPathComponent(name + ".jsonl")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try Analyzer.analyze(try RecordingReader.read(resultsFiles: [file.path]))
            let html = try HTMLReport().render(result, options: ReportOptions())
            #expect(LibXML2Support.parse(html).1.isEmpty, "\(name)")
            #expect(html.count < 1_000_000, "\(name): \(html.count) bytes")
        }
    }
}
