import GRDB

extension HistoryStore {
    /// `PRAGMA application_id` of an OverheadBench history ("OBHI"): tells ours from other SQLite files.
    static let applicationID: Int32 = 0x4F42_4849

    /// The migrations, in order. Never edit a released one: add the next (`v2`, …) instead.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE recording (
                        id INTEGER PRIMARY KEY,
                        content_hash TEXT NOT NULL UNIQUE,
                        unix_time REAL NOT NULL,
                        added_unix_time REAL NOT NULL,
                        commit_label TEXT,
                        branch_label TEXT,
                        build_label TEXT,
                        manifest TEXT,
                        source TEXT NOT NULL,
                        files TEXT NOT NULL,
                        perf_logs TEXT NOT NULL,
                        kept_scales INTEGER NOT NULL,
                        total_scales INTEGER NOT NULL,
                        kept_other_series INTEGER NOT NULL,
                        total_other_series INTEGER NOT NULL,
                        series_count INTEGER NOT NULL
                    );
                    CREATE INDEX recording_time ON recording(unix_time, id);
                    CREATE TABLE series (
                        recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
                        test_name TEXT NOT NULL,
                        operation TEXT NOT NULL,
                        agent_count INTEGER NOT NULL,
                        count INTEGER NOT NULL,
                        mean REAL, stddev REAL, min REAL, max REAL, p50 REAL, p95 REAL, p99 REAL,
                        blocks BLOB NOT NULL,
                        PRIMARY KEY (recording_id, agent_count, test_name, operation)
                    ) WITHOUT ROWID;
                    CREATE TABLE verdict (
                        recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
                        criterion TEXT NOT NULL,
                        agent_count INTEGER,
                        verdict TEXT NOT NULL
                    );
                    CREATE INDEX verdict_recording ON verdict(recording_id);
                    CREATE TABLE baseline (
                        name TEXT PRIMARY KEY,
                        recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
                        set_unix_time REAL NOT NULL
                    );
                    """)
        }
        // The paired windows of each series, so that stored recordings give the analyzer's paired
        // estimates. Rows kept by v1 have none: those whose recording had paired windows (a
        // `paired_send` series) are marked, since their paired overheads now come from block means.
        m.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE series ADD COLUMN windows BLOB NOT NULL DEFAULT x'';
                    ALTER TABLE recording ADD COLUMN block_means_only INTEGER NOT NULL DEFAULT 0;
                    UPDATE recording SET block_means_only = 1
                        WHERE id IN (SELECT recording_id FROM series WHERE operation = 'paired_send');
                    """)
        }
        return m
    }

    /// Brings the file to the current schema; refuses files that are not ours or are newer.
    func migrate() throws(HistoryError) {
        let path = self.path
        do {
            try queue.writeWithoutTransaction { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if id != Self.applicationID && (id != 0 || tables > 0) { throw HistoryError.foreign(path: path) }
                if try Self.migrator.hasBeenSuperseded(db) { throw HistoryError.newerSchema(path: path) }
            }
            try Self.migrator.migrate(queue)
        } catch {
            throw Self.classify(error, path: path, opening: false)
        }
    }
}
