import Foundation
import GRDB
import OverheadAnalysis
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadHistory

/// A history written with the first schema (block means only) is migrated in place: its rows are
/// kept, still report, and those whose recording had paired windows say their figures come from
/// block means.
@Suite struct HistoryMigrationTests {
    /// The first released schema, as `v1` created it.
    static let v1Schema = """
        PRAGMA application_id = 1329743945;
        CREATE TABLE recording (
            id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, unix_time REAL NOT NULL,
            added_unix_time REAL NOT NULL, commit_label TEXT, branch_label TEXT, build_label TEXT, manifest TEXT,
            source TEXT NOT NULL, files TEXT NOT NULL, perf_logs TEXT NOT NULL, kept_scales INTEGER NOT NULL,
            total_scales INTEGER NOT NULL, kept_other_series INTEGER NOT NULL, total_other_series INTEGER NOT NULL,
            series_count INTEGER NOT NULL);
        CREATE INDEX recording_time ON recording(unix_time, id);
        CREATE TABLE series (
            recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE, test_name TEXT NOT NULL,
            operation TEXT NOT NULL, agent_count INTEGER NOT NULL, count INTEGER NOT NULL,
            mean REAL, stddev REAL, min REAL, max REAL, p50 REAL, p95 REAL, p99 REAL, blocks BLOB NOT NULL,
            PRIMARY KEY (recording_id, agent_count, test_name, operation)) WITHOUT ROWID;
        CREATE TABLE verdict (
            recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE, criterion TEXT NOT NULL,
            agent_count INTEGER, verdict TEXT NOT NULL);
        CREATE INDEX verdict_recording ON verdict(recording_id);
        CREATE TABLE baseline (
            name TEXT PRIMARY KEY, recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
            set_unix_time REAL NOT NULL);
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES ('v1');
        """

    /// Writes `digest` as the first schema did: block means, no windows.
    static func insertV1(_ digest: RecordingDigest, hash: String, time: Double, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO recording (content_hash, unix_time, added_unix_time, commit_label, manifest, source,
                    files, perf_logs, kept_scales, total_scales, kept_other_series, total_other_series, series_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)
                """,
            arguments: [
                hash, time, time, "c-\(hash)", digest.manifest?.jsonLine, digest.source.rawValue,
                digest.files.joined(separator: "\n"), digest.keptScales, digest.totalScales, digest.keptOtherSeries,
                digest.totalOtherSeries, digest.series.count,
            ])
        let id = db.lastInsertedRowID
        for s in digest.series {
            let t = s.statistics
            func real(_ x: Double) -> Double? { x.isNaN ? nil : x }
            try db.execute(
                sql: """
                    INSERT INTO series (recording_id, test_name, operation, agent_count, count, mean, stddev, min,
                        max, p50, p95, p99, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, t.testName, t.operation, t.agentCount, t.count, real(t.mean), real(t.stddev), real(t.min),
                    real(t.max), real(t.p50), real(t.p95), real(t.p99), Data(BlockCoding.encode(s.blocks)),
                ])
        }
        try db.execute(
            sql:
                "INSERT INTO verdict (recording_id, criterion, agent_count, verdict) VALUES (?, 'total_overhead', 1, 'PASS')",
            arguments: [id])
    }

    @Test func aFirstSchemaHistoryIsMigratedAndStillReports() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v1.sqlite").path
        let fresh = try FreshRecording(in: dir)
        let paired = try fresh.read()
        let (sample, samplePerf) = HistoryFixtures.sampleRecordings[0]
        let unpaired = try HistoryFixtures.read(sample, perfLog: samplePerf)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: Self.v1Schema)
                try Self.insertV1(RecordingDigest(recording: unpaired), hash: "old-unpaired", time: 10, into: db)
                try Self.insertV1(RecordingDigest(recording: paired), hash: "old-paired", time: 20, into: db)
            }
        }
        let store = try HistoryStore(path: path, create: false)
        // Added after the migration: kept with its windows.
        try HistoryFixtures.add(paired, to: store, hash: "new-paired")
        let queue = try DatabaseQueue(path: path)
        #expect(
            try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == ["v1", "v2"])
        #expect(try store.integrityCheck() == ["ok"])

        let entries = try store.entries()
        #expect(entries.map(\.label.commit) == ["c-old-unpaired", "c-old-paired", nil])
        #expect(entries.map(\.blockMeansOnly) == [false, true, false])
        #expect(entries[1].verdicts == [StoredVerdict(criterion: "total_overhead", agentCount: 1, verdict: .pass)])
        // The unpaired sample gives the analysis's figures as before.
        #expect(entries[0].figures == (try Analyzer.analyze(unpaired)).scales.map(Self.figure))
        // The migrated paired row: the block-mean estimate, which is not the analysis's.
        var blockMeans = RecordingDigest(recording: paired)
        for i in blockMeans.series.indices { blockMeans.series[i].windows = [] }
        let analysed = try Analyzer.analyze(paired).scales.map(Self.figure)
        #expect(entries[1].figures == RecordingFigures.overheads(blockMeans))
        #expect(entries[1].figures != analysed)
        // The same recording added to the migrated file: the analysis's figures.
        #expect(entries[2].figures == analysed)
        #expect(try store.digest(id: 2).blockMeansOnly)
        // Re-adding is still recognised by the content hash, old rows included.
        #expect(try HistoryFixtures.add(paired, to: store, hash: "old-paired") == .alreadyStored(id: 2))
        #expect(try store.list().recordings.count == 3)
    }

    static func figure(_ s: ScaleOverhead) -> ScaleFigure { ScaleFigure(agentCount: s.agentCount, overhead: s.total) }
}
