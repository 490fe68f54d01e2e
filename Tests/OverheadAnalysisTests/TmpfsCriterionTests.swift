import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("tmpfs criterion and the recorder's own output")
struct TmpfsCriterionTests {
    /// A 3-minute perf log whose file system grows by `busSlope` MB/min from the bus and by
    /// `outputSlope` MB/min from the recorder's results file (`withColumn`: logged in `recorder_output_mb`).
    static func perf(busSlope: Double, outputSlope: Double, withColumn: Bool = true) -> [PerfSample] {
        SyntheticRecording.perf(minutes: 3).enumerated().map { i, p in
            var p = p
            let minutes = Double(i) / 60
            let output = 0.5 + outputSlope * minutes
            p.tmpfsMB += busSlope * minutes + output
            p.recorderOutputMB = withColumn ? output : nil
            return p
        }
    }

    func tmpfs(_ perf: [PerfSample]) throws -> (CriterionResult, AnalysisResult) {
        var rec = SyntheticRecording().build()
        rec.perf = perf
        let r = try Analyzer.analyze(rec)
        return (try #require(r.criteria.first { $0.id == "tmpfs_bounded" }), r)
    }

    @Test("a file system growing only by the recorder's output passes, and says what it excluded")
    func ownOutputOnly() throws {
        // 37 MB/min: the results file of a 30-run recording on /dev/shm.
        let (c, r) = try tmpfs(Self.perf(busSlope: 0, outputSlope: 37))
        #expect(c.verdict == .pass, "\(c.basis)")
        #expect(abs(c.measured!.value) < 0.05)
        let res = try #require(r.resources)
        #expect(abs(res.tmpfsSlopeMBPerMin!.value) < 0.05)
        // The last sample is at 179 s: 0.5 + 37 × 179/60 MB of our own output.
        let own = try #require(res.recorderOutputMaxMB)
        #expect(abs(own - (0.5 + 37 * 179.0 / 60)) < 1e-9)
        #expect(c.notes.contains(.recorderOutputExcluded(maxMB: own)))
        // The peak judged is the bus's (12 MB), while the tmpfs display keeps the raw column.
        #expect(c.notes.contains { if case .tmpfsPeak(let peak, _) = $0 { abs(peak - 12) < 0.5 } else { false } })
        #expect(res.overall.tmpfsMaxMB > 120)
    }

    @Test("the same log without the column fails, as the original's columns cannot tell the two apart")
    func withoutColumn() throws {
        let (c, r) = try tmpfs(Self.perf(busSlope: 0, outputSlope: 37, withColumn: false))
        #expect(c.verdict == .fail)
        #expect(abs(c.measured!.value - 37) < 0.5)
        #expect(!c.notes.contains { if case .recorderOutputExcluded = $0 { true } else { false } })
        #expect(r.resources?.recorderOutputMaxMB == nil)
    }

    @Test("a bus that grows fails even when the recorder's output is excluded")
    func busGrows() throws {
        let (c, r) = try tmpfs(Self.perf(busSlope: 5, outputSlope: 37))
        #expect(c.verdict == .fail)
        #expect(abs(c.measured!.value - 5) < 0.1)
        #expect(abs(r.resources!.tmpfsSlopeMBPerMin!.value - 5) < 0.1)
        #expect(c.basis == .lowerBoundAboveLimit)
    }

    @Test("the peak limit applies to the bus's share, not to the recorder's files")
    func peakExcludesOwnOutput() throws {
        let big = SyntheticRecording.perf(tmpfs: 300).map { p -> PerfSample in
            var p = p
            p.recorderOutputMB = 290
            return p
        }
        let (c, _) = try tmpfs(big)
        #expect(c.verdict == .pass, "\(c.basis)")
        #expect(c.notes.contains { if case .tmpfsPeak(let peak, _) = $0 { abs(peak - 10) < 0.5 } else { false } })
        let bus = big.map { p -> PerfSample in
            var p = p
            p.recorderOutputMB = 10
            return p
        }
        let (fail, _) = try tmpfs(bus)
        #expect(fail.verdict == .fail)
        #expect(
            {
                if case .tmpfsPeakReachedLimit(let peak, _) = fail.outrightFailure {
                    abs(peak - 290) < 0.5
                } else {
                    false
                }
            }())
    }
}
