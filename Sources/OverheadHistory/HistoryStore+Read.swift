import Foundation
import GRDB
import OverheadAnalysis
import OverheadFormat

extension HistoryStore {
    /// Every recording, in time order (then by id), with its overhead per agent count as the
    /// history report computes it (`entries(options:)`).
    public func list(options: AnalysisOptions = AnalysisOptions()) throws(HistoryError) -> HistoryList {
        try read { db in
            let entries = Dictionary(uniqueKeysWithValues: try Self.entries(db, options: options).map { ($0.id, $0) })
            var baselines: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, recording_id FROM baseline ORDER BY name") {
                baselines[row[1], default: []].append(row[0])
            }
            let recordings = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, content_hash, unix_time, added_unix_time, files, manifest FROM recording
                    ORDER BY unix_time, id
                    """
            ).map { row in
                let id: Int64 = row[0]
                let manifest = (row[5] as String?).flatMap { Manifest(jsonLine: $0) }
                let entry = entries[id]
                return StoredRecording(
                    id: id, contentHash: row[1], unixTime: row[2], addedUnixTime: row[3],
                    label: entry?.label ?? RecordingLabel(), files: Self.decodeList(row[4]),
                    hostname: manifest?.host.hostname, verdict: entry?.overallVerdict ?? .notEvaluated,
                    baselines: baselines[id] ?? [], figures: entry?.figures ?? [],
                    blockMeansOnly: entry?.blockMeansOnly ?? false)
            }
            return HistoryList(recordings: recordings, confidence: options.confidence)
        }
    }

    /// The digest of recording `id`.
    public func digest(id: Int64) throws(HistoryError) -> RecordingDigest {
        let path = self.path
        return try read { db in
            guard let digest = try Self.digests(db, only: id)[id] else {
                throw HistoryError.unknownRecording(id: id, path: path)
            }
            return digest
        }
    }

    /// Every recording with its verdicts and its overhead per agent count recomputed from its
    /// digest (`RecordingFigures`), for the history report. Only the series the total overhead is
    /// computed from are read (`RecordingFigures.series`).
    public func entries(options: AnalysisOptions = AnalysisOptions()) throws(HistoryError) -> [HistoryEntry] {
        try read { db in try Self.entries(db, options: options) }
    }

    static func entries(_ db: Database, options: AnalysisOptions) throws -> [HistoryEntry] {
        let verdicts = try Self.verdicts(db)
        let digests = try Self.digests(db, only: nil, series: RecordingFigures.series)
        return try Row.fetchAll(
            db,
            sql: "SELECT id, unix_time, commit_label, branch_label, build_label FROM recording ORDER BY unix_time, id"
        ).map { row in
            let id: Int64 = row[0]
            return HistoryEntry(
                id: id, unixTime: row[1], label: RecordingLabel(commit: row[2], branch: row[3], build: row[4]),
                verdicts: verdicts[id] ?? [],
                figures: digests[id].map { RecordingFigures.overheads($0, options: options) } ?? [],
                blockMeansOnly: digests[id]?.blockMeansOnly ?? false)
        }
    }

    static func verdicts(_ db: Database) throws -> [Int64: [StoredVerdict]] {
        var out: [Int64: [StoredVerdict]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT recording_id, criterion, agent_count, verdict FROM verdict ORDER BY rowid")
        {
            let verdict = Verdict(rawValue: row[3]) ?? .notEvaluated
            out[row[0], default: []].append(StoredVerdict(criterion: row[1], agentCount: row[2], verdict: verdict))
        }
        return out
    }

    /// Digests by recording id (all, or the one `only`), with every series or only those of
    /// `series`; a recording whose rows are incomplete (all series asked for) or undecodable is
    /// reported as damage rather than read wrongly.
    static func digests(_ db: Database, only: Int64?, series wanted: [TestOperation]? = nil) throws
        -> [Int64: RecordingDigest]
    {
        let filter = only == nil ? "" : " WHERE id = ?"
        var conditions = only == nil ? [] : ["recording_id = ?"]
        var seriesArguments: [(any DatabaseValueConvertible)?] = only.map { [$0] } ?? []
        if let wanted {
            conditions.append(
                "(" + wanted.map { _ in "(test_name = ? AND operation = ?)" }.joined(separator: " OR ") + ")")
            for w in wanted { seriesArguments += [w.test.rawValue, w.operation.rawValue] }
        }
        let filterSeries = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let arguments: StatementArguments = only.map { [$0] } ?? []
        var series: [Int64: [SeriesDigest]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT recording_id, test_name, operation, agent_count, count, mean, stddev, min, max, p50, p95, p99,
                    blocks, windows FROM series\(filterSeries) ORDER BY recording_id, agent_count, test_name, operation
                """, arguments: StatementArguments(seriesArguments))
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let bytes: Data = row[12]
            let windowBytes: Data = row[13]
            guard let blocks = BlockCoding.decode([UInt8](bytes)),
                let windows = WindowCoding.decode([UInt8](windowBytes))
            else {
                throw DatabaseError(
                    resultCode: .SQLITE_CORRUPT, message: "recording \(id): unreadable blocks or windows")
            }
            func real(_ i: Int) -> Double { (row[i] as Double?) ?? .nan }
            let statistics = SeriesStatistics(
                testName: row[1], operation: row[2], agentCount: row[3], count: row[4], mean: real(5),
                stddev: real(6), min: real(7), max: real(8), p50: real(9), p95: real(10), p99: real(11),
                histogram: [])
            series[id, default: []].append(SeriesDigest(statistics: statistics, blocks: blocks, windows: windows))
        }
        var out: [Int64: RecordingDigest] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, manifest, source, files, perf_logs, kept_scales, total_scales, kept_other_series,
                    total_other_series, series_count, block_means_only FROM recording\(filter)
                """, arguments: arguments)
        {
            let id: Int64 = row[0]
            let kept = (series[id] ?? []).sorted { $0.key < $1.key }
            guard wanted != nil || kept.count == row[9] as Int, let source = DataSource(rawValue: row[2]) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "recording \(id) is incomplete")
            }
            out[id] = RecordingDigest(
                manifest: (row[1] as String?).flatMap { Manifest(jsonLine: $0) }, source: source, series: kept,
                files: decodeList(row[3]), perfLogs: decodeList(row[4]), keptScales: row[5], totalScales: row[6],
                keptOtherSeries: row[7], totalOtherSeries: row[8], blockMeansOnly: row[10])
        }
        return out
    }
}

extension HistoryStore {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file, else its findings.
    public func integrityCheck() throws(HistoryError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
