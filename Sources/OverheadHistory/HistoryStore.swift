import Foundation
import GRDB

/// A history of recordings in one SQLite file. Every change is one transaction, so a process
/// killed while writing leaves the file as it was before that change (SQLite's rollback journal,
/// `synchronous = FULL`). The schema is versioned by migrations (`HistoryStore+Schema.swift`).
public final class HistoryStore {
    /// The file used when `--db` is not given: in the current directory.
    public static let defaultPath = "overhead-history.sqlite"

    public let path: String
    let queue: DatabaseQueue

    /// Opens the history at `path`; `create` makes a new one when there is no file (for adding).
    /// Throws `HistoryError` naming the path and what is wrong with it.
    public init(path: String, create: Bool) throws(HistoryError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        if !exists && !create { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "history"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.classify(error, path: path, opening: true)
        }
        try migrate()
    }

    /// Runs `body` in one transaction; SQLite errors become `HistoryError`.
    func write<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try queue.write(body)
        } catch let e as HistoryError {
            throw e
        } catch {
            throw Self.classify(error, path: path, opening: false)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try queue.read(body)
        } catch let e as HistoryError {
            throw e
        } catch {
            throw Self.classify(error, path: path, opening: false)
        }
    }

    static func classify(_ error: any Error, path: String, opening: Bool) -> HistoryError {
        if let e = error as? HistoryError { return e }
        guard let e = error as? DatabaseError else {
            return .database(path: path, reason: "\(error)")
        }
        let reason = e.message ?? "\(e.resultCode)"
        switch e.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupted(path: path, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: opening ? Self.openReason(path) ?? reason : reason)
        default: return .database(path: path, reason: reason)
        }
    }

    /// A plainer reason than SQLite's "unable to open database file" when the folder is missing.
    static func openReason(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return nil }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return "the folder \(folder) does not exist"
        }
        return isDirectory.boolValue ? nil : "\(folder) is not a folder"
    }
}
