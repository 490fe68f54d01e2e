import Foundation
import OverheadHistory
import TestSupport
import Testing

/// `history add` killed with SIGKILL while a transaction is open leaves a history that reopens
/// sound: the interrupted recording is absent, every other one complete, and adding again finishes.
@Suite struct HistoryKillTests {
    static let files = 30

    @Test func killedWriterLeavesASoundHistory() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for seed in 1...Self.files {
            let url = dir.appendingPathComponent("r\(seed).jsonl")
            try AnalyzerProcess.writeSimulated(
                RecordingSimulator.Configuration(
                    seed: UInt64(seed), agentCounts: [1, 10, 100], blocks: 5, iterations: 10),
                to: url)
            paths.append(url.path)
        }
        let db = dir.appendingPathComponent("h.sqlite").path
        let journal = db + "-journal"
        var interrupted = 0
        var stored = 0
        // Kill writers until one was killed inside a transaction (its rollback journal left behind).
        for _ in 0..<20 where interrupted == 0 && stored < Self.files {
            let writer = Process()
            writer.executableURL = try AnalyzerProcess.binary()
            writer.arguments = ["history", "add"] + paths + ["--db", db]
            writer.standardOutput = FileHandle.nullDevice
            writer.standardError = FileHandle.nullDevice
            try writer.run()
            let inWrite = TestSupport.waitUntil(timeout: 60, poll: 0.0002) {
                FileManager.default.fileExists(atPath: journal) || !writer.isRunning
            }
            kill(writer.processIdentifier, SIGKILL)
            writer.waitUntilExit()
            if inWrite && writer.terminationReason == .uncaughtSignal && FileManager.default.fileExists(atPath: journal)
            {
                interrupted += 1
            }
            let store = try HistoryStore(path: db, create: false)
            #expect(try store.integrityCheck() == ["ok"])
            // `entries` reads every digest and throws on an incomplete one.
            let entries = try store.entries()
            #expect(entries.count == (try store.list().recordings.count))
            #expect(entries.allSatisfy { $0.figures.count == 3 })
            stored = entries.count
        }
        #expect(interrupted > 0, "no writer was killed inside a transaction in 20 tries")
        let finish = try AnalyzerProcess.run(["history", "add"] + paths + ["--db", db], in: dir)
        #expect(finish.status == 0, "\(finish.stderr)")
        let store = try HistoryStore(path: db, create: false)
        #expect(try store.list().recordings.count == Self.files)
        #expect(try Set(store.list().recordings.map(\.contentHash)).count == Self.files)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
