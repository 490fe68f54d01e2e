import Foundation
import GRDB
import OverheadAnalysis
import OverheadFormat

extension HistoryStore {
    /// Adds a recording's digest, label and verdicts in one transaction; a recording whose content
    /// hash is stored already is not added again.
    public func add(
        _ digest: RecordingDigest, contentHash: String, unixTime: Double, addedUnixTime: Double,
        label: RecordingLabel, verdicts: [StoredVerdict]
    ) throws(HistoryError) -> AddOutcome {
        try write { db in
            if let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM recording WHERE content_hash = ?", arguments: [contentHash])
            {
                return .alreadyStored(id: id)
            }
            try db.execute(
                sql: """
                    INSERT INTO recording (content_hash, unix_time, added_unix_time, commit_label, branch_label,
                        build_label, manifest, source, files, perf_logs, kept_scales, total_scales,
                        kept_other_series, total_other_series, series_count, block_means_only)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    contentHash, unixTime, addedUnixTime, label.commit, label.branch, label.build,
                    digest.manifest?.jsonLine, digest.source.rawValue, Self.encodeList(digest.files),
                    Self.encodeList(digest.perfLogs), digest.keptScales, digest.totalScales,
                    digest.keptOtherSeries, digest.totalOtherSeries, digest.series.count, digest.blockMeansOnly,
                ])
            let id = db.lastInsertedRowID
            let insertSeries = try db.makeStatement(
                sql: """
                    INSERT INTO series (recording_id, test_name, operation, agent_count, count, mean, stddev,
                        min, max, p50, p95, p99, blocks, windows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for s in digest.series {
                let t = s.statistics
                try insertSeries.execute(arguments: [
                    id, t.testName, t.operation, t.agentCount, t.count, Self.real(t.mean), Self.real(t.stddev),
                    Self.real(t.min), Self.real(t.max), Self.real(t.p50), Self.real(t.p95), Self.real(t.p99),
                    Data(BlockCoding.encode(s.blocks)), Data(WindowCoding.encode(s.windows)),
                ])
            }
            let insertVerdict = try db.makeStatement(
                sql: "INSERT INTO verdict (recording_id, criterion, agent_count, verdict) VALUES (?, ?, ?, ?)")
            for v in verdicts {
                try insertVerdict.execute(arguments: [id, v.criterion, v.agentCount, v.verdict.rawValue])
            }
            return .added(id: id)
        }
    }

    /// SQLite stores NaN as NULL: keep it NULL and read it back as NaN (`HistoryStore+Read.swift`).
    static func real(_ x: Double) -> Double? { x.isNaN ? nil : x }

    /// A list of paths as one text value: each path on its own line (paths with a newline are
    /// escaped as `\n`, a backslash as `\\`).
    static func encodeList(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") }
            .joined(separator: "\n")
    }

    static func decodeList(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            var escaped = false
            for c in line {
                if escaped {
                    out.append(c == "n" ? "\n" : c)
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return out
        }
    }
}
