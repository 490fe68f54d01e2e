import Foundation
import OverheadAnalysis
import OverheadFormat
import OverheadHistory
import TestSupport
import Testing

/// The sample recordings added to a history give the figures and comparisons of the files themselves.
@Suite struct SampleHistoryTests {
    /// The samples and a recording made now by the recorder (paired windows): every figure per
    /// agent count and component equals the analysis of the file, bit for bit.
    @Test func storedRecordingsGiveTheAnalysisFigures() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fresh = try FreshRecording(in: dir)
        let store = try HistoryStore(path: dir.appendingPathComponent("h.sqlite").path, create: true)
        var expected: [Int64: [ScaleFigure]] = [:]
        var expectedScales: [Int64: [ScaleOverhead]] = [:]
        var digests: [Int64: RecordingDigest] = [:]
        let inputs = HistoryFixtures.sampleRecordings + [(fresh.results, fresh.perfLog)]
        for (results, perf) in inputs {
            let recording = try HistoryFixtures.read(results, perfLog: perf)
            let hash = try ContentHash.of(files: [results] + (perf.map { [$0] } ?? []))
            guard case .added(let id) = try HistoryFixtures.add(recording, to: store, hash: hash) else {
                Issue.record("\(results) not added")
                continue
            }
            let analysis = try Analyzer.analyze(recording)
            expected[id] = analysis.scales.map { ScaleFigure(agentCount: $0.agentCount, overhead: $0.total) }
            expectedScales[id] = analysis.scales
            digests[id] = RecordingDigest(recording: recording)
        }
        #expect(expected.count == inputs.count)
        let entries = try store.entries()
        #expect(entries.count == expected.count)
        for entry in entries {
            // Bit for bit: the stored block figures and windows are the analysis's own.
            #expect(entry.figures == expected[entry.id])
            #expect(!entry.blockMeansOnly)
            let stored = try store.digest(id: entry.id)
            // Compared as text: summaries-only series keep NaN for min and max, and NaN ≠ NaN.
            #expect(String(describing: stored) == String(describing: digests[entry.id]!))
            // Every component, tail and share per agent count, not only the total.
            #expect(
                String(describing: RecordingFigures.scales(stored)) == String(describing: expectedScales[entry.id]!))
        }
        // Each sample measured the total overhead somewhere: the comparison is not vacuous.
        #expect(entries.allSatisfy { $0.figures.contains { $0.overhead != nil } })
        // The fresh recording's total comes from its paired windows, which the history kept.
        let freshID = Int64(inputs.count)
        let freshDigest = try store.digest(id: freshID)
        let paired = freshDigest.series.filter { !$0.windows.isEmpty }.map(\.key)
        #expect(paired.contains { $0.testName == TestName.fullIntegration.rawValue && $0.agentCount == 1 })
        #expect(freshDigest.series.allSatisfy { $0.windows.isEmpty || $0.windows.count == 3 })
        var withoutWindows = freshDigest
        for i in withoutWindows.series.indices { withoutWindows.series[i].windows = [] }
        #expect(RecordingFigures.overheads(withoutWindows) != expected[freshID], "windows change no figure")
    }

    /// compare against a stored recording equals compare against its results file.
    @Test func compareAgainstStoredEqualsCompareAgainstFile() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try HistoryStore(path: dir.appendingPathComponent("h.sqlite").path, create: true)
        let files = HistoryFixtures.sampleRecordings.map(\.0)
        let old = try HistoryFixtures.read(files[0], perfLog: nil)
        guard case .added(let id) = try HistoryFixtures.add(old, to: store, hash: "default") else {
            Issue.record("not added")
            return
        }
        try store.setBaseline("release", id: id, unixTime: 0)
        let stored = try store.digest(id: try store.baseline("release"))
        for newFile in files {
            let new = try HistoryFixtures.read(newFile, perfLog: nil)
            let fromFile = try Comparator.compare(old: old, new: new)
            let fromStore = try Comparator.compare(old: stored, new: new)
            #expect(fromStore == fromFile)
        }
        let new = try HistoryFixtures.read(files[1], perfLog: nil)
        #expect(try !Comparator.compare(old: stored, new: new).rows.isEmpty)
    }

    /// The same for recordings made now by the recorder (paired windows): a stored one as OLD
    /// against another as NEW gives the rows of the two files.
    @Test func compareAgainstAStoredFreshRecordingEqualsTheFiles() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let old = try FreshRecording(in: dir, name: "old", seed: 21).read()
        let new = try FreshRecording(in: dir, name: "new", seed: 22).read()
        let store = try HistoryStore(path: dir.appendingPathComponent("h.sqlite").path, create: true)
        guard case .added(let id) = try HistoryFixtures.add(old, to: store, hash: "old") else {
            Issue.record("not added")
            return
        }
        let fromStore = try Comparator.compare(old: store.digest(id: id), new: new)
        #expect(fromStore == (try Comparator.compare(old: old, new: new)))
        #expect(fromStore.rows.contains { $0.operation == OperationName.pairedSend.rawValue })
    }
}
