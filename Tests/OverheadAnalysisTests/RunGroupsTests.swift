import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Grouping a series by run")
struct RunGroupsTests {
    @Test("groups and the merged order match a naive sort, runs interleaved or not", arguments: [1, 2, 3, 7] as [Int])
    func matchesNaive(runsCount: Int) {
        var rng = SplitMix(seed: UInt64(runsCount))
        var s = SeriesSamples()
        // Interleave: run numbers jump back and forth, as after merging several files.
        for i in 0..<1_000 {
            let run = Int(rng.next() % UInt64(runsCount)) * 3 + 1
            s.append(elapsedMs: rng.uniform(), run: run, iteration: i)
        }
        let g = RunGroups(s)
        #expect(g.sorted == s.elapsedMs.sorted())
        var naive: [Int: [Double]] = [:]
        for i in 0..<s.count { naive[Int(s.run[i]), default: []].append(s.elapsedMs[i]) }
        #expect(g.runs == naive.keys.sorted())
        for (run, range) in zip(g.runs, g.ranges) {
            #expect(Array(g.grouped[range]) == naive[run]!.sorted())
        }
    }
}
