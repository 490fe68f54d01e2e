import GRDB

extension HistoryStore {
    /// Points the baseline `name` at recording `id` (replacing where it pointed before).
    public func setBaseline(_ name: String, id: Int64, unixTime: Double) throws(HistoryError) {
        guard Self.isValidBaselineName(name) else { throw .invalidBaselineName(name) }
        let path = self.path
        try write { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM recording WHERE id = ?", arguments: [id]) != nil else {
                throw HistoryError.unknownRecording(id: id, path: path)
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO baseline (name, recording_id, set_unix_time) VALUES (?, ?, ?)",
                arguments: [name, id, unixTime])
        }
    }

    /// The recording id the baseline `name` points at.
    public func baseline(_ name: String) throws(HistoryError) -> Int64 {
        let path = self.path
        return try read { db in
            if let id = try Int64.fetchOne(
                db, sql: "SELECT recording_id FROM baseline WHERE name = ?", arguments: [name])
            {
                return id
            }
            let known = try String.fetchAll(db, sql: "SELECT name FROM baseline ORDER BY name")
            throw HistoryError.unknownBaseline(name: name, known: known, path: path)
        }
    }

    /// Every baseline, by name.
    public func baselines() throws(HistoryError) -> [(name: String, id: Int64)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, recording_id FROM baseline ORDER BY name").map {
                (name: $0[0] as String, id: $0[1] as Int64)
            }
        }
    }

    /// 1 to 64 of letters, digits, '.', '_' and '-'.
    static func isValidBaselineName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || "._-".unicodeScalars.contains($0)
            }
    }
}
