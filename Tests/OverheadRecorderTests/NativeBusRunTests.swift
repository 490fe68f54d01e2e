import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

/// The suite on the real embedded bus, small: every message accounted for, every line JSON.
@Suite struct NativeBusRunTests {
    private func run(_ adjust: (inout RecorderOptions) -> Void) throws -> RecordedRun {
        try RecorderHarness.nativeRun("recorder-native", adjust)
    }

    @Test(arguments: [1, 2])
    func smallRunBalancesEveryWindow(concurrency: Int) throws {
        let r = try run {
            $0.scales = "1 3"
            $0.iterations = 12
            $0.runs = 2
            $0.concurrency = concurrency
        }
        defer { try? FileManager.default.removeItem(at: r.directory) }
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.records(ofType: "failure").isEmpty, "\(r.records(ofType: "failure").prefix(3))")
        let conservation = r.records(ofType: "conservation")
        #expect(conservation.count == 2 * 3 * TestName.standardSuite.count)
        for c in conservation { #expect(c["balanced"] as? Bool == true, "\(c)") }
        // 1 agent sends to itself: baseline receives exactly what it sent.
        let oneAgentBaseline = conservation.filter {
            $0["agent_count"] as? Int == 1 && $0["test_name"] as? String == "baseline"
        }
        for c in oneAgentBaseline { #expect(c["sent"] as? Int == 12 && c["received"] as? Int == 12) }
        #expect(r.records.last?["type"] as? String == "end")
        let dirs = try FileManager.default.contentsOfDirectory(atPath: r.directory.path).filter {
            $0.hasPrefix("overhead-bus.")
        }
        #expect(dirs.isEmpty)
    }

    @Test func untilDecidedWritesADecisionPerScale() throws {
        let r = try run {
            $0.scales = "1 2"
            $0.iterations = 10
            $0.runs = 2
            $0.untilDecided = true
            $0.maxRuns = 3
        }
        defer { try? FileManager.default.removeItem(at: r.directory) }
        #expect(r.exitCode == 0, "\(r.stderr)")
        let decisions = r.records(ofType: "decision")
        #expect(decisions.count == 2)
        for d in decisions {
            let blocks = d["blocks"] as? Int ?? 0
            #expect(blocks >= 2 && blocks <= 3)
            #expect(d["decided"] is Bool)
        }
    }
}
