/// Why a read failed as a whole: a file that cannot be used, or (in strict mode) the first bad line.
/// Bad lines in tolerant mode are not errors; they become `Diagnostic`s in the `Recording`.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// No results file was given.
        case noInput
        /// The file is missing, unreadable, or a directory.
        case cannotOpen
        /// A read(2) call failed part-way.
        case cannotRead
        /// The file holds no valid record (empty, blank, or only bad lines).
        case empty
        /// Strict mode: the first bad line.
        case badLine
    }

    public var kind: Kind
    /// The file as the caller named it.
    public var file: String
    /// The bad line for `.badLine`, and the first bad line (if any) for `.empty`.
    public var diagnostic: Diagnostic?
    /// The whole message, naming the file.
    public var message: String

    public init(kind: Kind, file: String, diagnostic: Diagnostic? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.diagnostic = diagnostic
        self.message = message
    }

    public var description: String { message }
}

extension ReadError {
    static func cannotOpen(_ file: String, errno code: Int32) -> ReadError {
        ReadError(kind: .cannotOpen, file: file, message: "\(file): cannot open: \(SystemError.text(code))")
    }

    static func isDirectory(_ file: String) -> ReadError {
        ReadError(kind: .cannotOpen, file: file, message: "\(file): cannot open: is a directory")
    }

    static func cannotRead(_ file: String, errno code: Int32) -> ReadError {
        ReadError(kind: .cannotRead, file: file, message: "\(file): read failed: \(SystemError.text(code))")
    }

    static func empty(_ file: String, what: String, skipped: Int, first unresolved: Diagnostic?) -> ReadError {
        let first = unresolved?.resolvingLineMarkers()
        if skipped == 0 {
            return ReadError(kind: .empty, file: file, message: "\(file): empty file: no \(what) in it")
        }
        let firstText = first.map { "; first: \($0)" } ?? ""
        return ReadError(
            kind: .empty, file: file, diagnostic: first,
            message: "\(file): no valid \(what) (\(skipped) bad line\(skipped == 1 ? "" : "s") skipped\(firstText))")
    }

    static func strict(_ unresolved: Diagnostic) -> ReadError {
        let d = unresolved.resolvingLineMarkers()
        return ReadError(
            kind: .badLine, file: d.file, diagnostic: d, message: "\(d) (strict mode stops at the first bad line)")
    }

    static let noInput = ReadError(kind: .noInput, file: "", message: "no results file given")
}
