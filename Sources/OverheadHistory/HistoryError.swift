/// Why a history cannot be used or does not hold what was asked for. The description is the
/// message the command line prints after `overhead-analyze: error: `.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist (reading commands never create one).
    case missing(path: String)
    /// The file cannot be opened or created (missing folder, no permission, a directory).
    case cannotOpen(path: String, reason: String)
    /// The file is not an SQLite database, or its pages are damaged.
    case corrupted(path: String, reason: String)
    /// An SQLite database, but not one of ours.
    case foreign(path: String)
    /// Written by a newer version of the tool (migrations this one does not know).
    case newerSchema(path: String)
    case unknownRecording(id: Int64, path: String)
    case unknownBaseline(name: String, known: [String], path: String)
    case invalidBaselineName(String)
    /// Any other SQLite failure while reading or writing (disk full, locked past the timeout, …).
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no history there (create one with: overhead-analyze history add RESULTS --db \(path))"
        case .cannotOpen(let path, let reason): return "\(path): cannot open the history: \(reason)"
        case .corrupted(let path, let reason):
            return "\(path): the history is damaged or not an SQLite database (\(reason)); restore it from a copy"
        case .foreign(let path): return "\(path): an SQLite database, but not an OverheadBench history"
        case .newerSchema(let path):
            return "\(path): the history was written by a newer overhead-analyze; use that version to read it"
        case .unknownRecording(let id, let path):
            return "\(path): no recording with id \(id) (overhead-analyze history list --db \(path) shows them)"
        case .unknownBaseline(let name, let known, let path):
            let list = known.isEmpty ? "none is set" : "set: " + known.joined(separator: ", ")
            return "\(path): no baseline named \"\(name)\" (\(list))"
        case .invalidBaselineName(let name):
            return "invalid baseline name \"\(name)\": use 1 to 64 letters, digits, '.', '_' or '-'"
        case .database(let path, let reason): return "\(path): \(reason)"
        }
    }
}
