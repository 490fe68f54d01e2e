import Foundation
import GRDB
import OverheadAnalysis
import OverheadFormat
import OverheadHistory
import TestSupport
import Testing

@Suite struct HistoryStoreTests {
    static func simulated(seed: UInt64) -> Recording {
        RecordingSimulator(
            RecordingSimulator.Configuration(
                seed: seed, agentCounts: [1, 10], blocks: 4, iterations: 20, tests: [.baseline, .fullIntegration])
        ).recording()
    }

    @Test func sameContentIsKeptOnce() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try HistoryStore(path: dir.appendingPathComponent("h.sqlite").path, create: true)
        let first = try HistoryFixtures.add(Self.simulated(seed: 1), to: store, hash: "aa")
        let again = try HistoryFixtures.add(Self.simulated(seed: 2), to: store, hash: "aa")
        let other = try HistoryFixtures.add(Self.simulated(seed: 2), to: store, hash: "bb")
        #expect(first == .added(id: 1))
        #expect(again == .alreadyStored(id: 1))
        #expect(other == .added(id: 2))
        #expect(try store.list().recordings.count == 2)
    }

    /// The hash is of the content: two paths to the same bytes are one recording.
    @Test func contentHashIgnoresThePath() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.jsonl")
        let b = dir.appendingPathComponent("b.jsonl")
        try Data("{\"x\":1}\n".utf8).write(to: a)
        try Data("{\"x\":1}\n".utf8).write(to: b)
        #expect(try ContentHash.of(files: [a.path]) == ContentHash.of(files: [b.path]))
        try Data("{\"x\":2}\n".utf8).write(to: b)
        #expect(try ContentHash.of(files: [a.path]) != ContentHash.of(files: [b.path]))
    }

    @Test func migrationsAreRecordedAndReopenKeepsData() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.sqlite").path
        do {
            let store = try HistoryStore(path: path, create: true)
            try HistoryFixtures.add(Self.simulated(seed: 3), to: store, hash: "x", label: RecordingLabel(commit: "c1"))
        }
        let reopened = try HistoryStore(path: path, create: false)
        #expect(try reopened.list().recordings.map(\.label.commit) == ["c1"])
        let queue = try DatabaseQueue(path: path)
        let applied = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == ["v1", "v2"])
        let appID = try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }
        #expect(appID == 0x4F42_4849)
    }

    @Test func aNewerHistoryIsRefused() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.sqlite").path
        _ = try HistoryStore(path: path, create: true)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: HistoryError.newerSchema(path: path)) { try HistoryStore(path: path, create: false) }
    }

    @Test func unusableFilesAreNamed() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("none.sqlite").path
        #expect(throws: HistoryError.missing(path: missing)) { try HistoryStore(path: missing, create: false) }
        let noFolder = dir.appendingPathComponent("no/such/h.sqlite").path
        #expect(
            throws: HistoryError.cannotOpen(path: noFolder, reason: "the folder \(dir.path)/no/such does not exist")
        ) {
            try HistoryStore(path: noFolder, create: true)
        }
        #expect(throws: HistoryError.cannotOpen(path: dir.path, reason: "it is a directory")) {
            try HistoryStore(path: dir.path, create: true)
        }
        let garbage = dir.appendingPathComponent("garbage.sqlite")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: garbage)
        #expect {
            try HistoryStore(path: garbage.path, create: false)
        } throws: { error in
            if case .corrupted(let path, _) = error as? HistoryError { return path == garbage.path }
            return false
        }
        let foreign = dir.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE t (a)") }
        #expect(throws: HistoryError.foreign(path: foreign)) { try HistoryStore(path: foreign, create: false) }
    }

    /// A history whose pages were overwritten in the middle is reported as damaged, not read wrongly.
    @Test func damagedPagesAreReported() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.sqlite").path
        do {
            let store = try HistoryStore(path: path, create: true)
            for seed in 1...20 {
                try HistoryFixtures.add(Self.simulated(seed: UInt64(seed)), to: store, hash: "\(seed)")
            }
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096 * 2)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 3))
        try handle.close()
        #expect {
            let store = try HistoryStore(path: path, create: false)
            _ = try store.entries()
        } throws: { error in
            guard let e = error as? HistoryError else { return false }
            switch e {
            case .corrupted, .database: return true
            default: return false
            }
        }
    }

    @Test func baselines() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("h.sqlite").path
        let store = try HistoryStore(path: path, create: true)
        try HistoryFixtures.add(Self.simulated(seed: 1), to: store, hash: "1")
        try HistoryFixtures.add(Self.simulated(seed: 2), to: store, hash: "2")
        try store.setBaseline("release-1.0", id: 1, unixTime: 0)
        #expect(try store.baseline("release-1.0") == 1)
        try store.setBaseline("release-1.0", id: 2, unixTime: 0)
        #expect(try store.baseline("release-1.0") == 2)
        #expect(throws: HistoryError.unknownBaseline(name: "main", known: ["release-1.0"], path: path)) {
            try store.baseline("main")
        }
        #expect(throws: HistoryError.unknownRecording(id: 7, path: path)) {
            try store.setBaseline("main", id: 7, unixTime: 0)
        }
        #expect(throws: HistoryError.invalidBaselineName("a b")) { try store.setBaseline("a b", id: 1, unixTime: 0) }
        #expect(throws: HistoryError.unknownRecording(id: 9, path: path)) { try store.digest(id: 9) }
        #expect(try store.list().recordings.first { $0.id == 2 }?.baselines == ["release-1.0"])
    }
}
