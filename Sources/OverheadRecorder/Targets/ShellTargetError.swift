/// Why the shell target cannot start: raised before any measurement, with what and where.
public enum ShellTargetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A `--lib-file` role that is not one of the five.
    case unknownRole(String, known: [String])
    /// A role's file does not exist or cannot be read.
    case missingFile(role: String, path: String, reason: String)
    /// Functions the suite calls that the sourced files do not define.
    case missingFunctions([String], files: [String])
    /// bash exited or a file returned non-zero while the library was being sourced.
    case sourcingFailed(detail: String, stderrTail: String)
    /// bash could not be started, or a pipe, file or directory for it could not be made.
    case startFailed(String)
    /// The library set a value the recorder cannot use (an invalid `MESSAGE_BUS_EVICTIONS`).
    case invalidValue(String)

    /// The recorder's exit code when the target cannot start for this reason: a library reporting
    /// an invalid value is a setting to fix (2); everything else is an I/O error (3).
    public var exitCode: Int32 {
        if case .invalidValue = self { return RecorderExitCode.usage }
        return RecorderExitCode.ioError
    }

    public var description: String {
        switch self {
        case .unknownRole(let role, let known):
            return
                "shell target: unknown library role '\(role)' in --lib-file (known roles: \(known.joined(separator: ", ")))"
        case .missingFile(let role, let path, let reason):
            return "shell target: the \(role) library file \(path) cannot be used: \(reason)"
        case .missingFunctions(let names, let files):
            return
                "shell target: function(s) \(names.joined(separator: ", ")) not defined after sourcing \(files.joined(separator: ", "))"
        case .sourcingFailed(let detail, let tail):
            return "shell target: sourcing the library failed: \(detail)"
                + (tail.isEmpty ? "" : "\n--- stderr (last lines) ---\n\(tail)")
        case .startFailed(let detail):
            return "shell target: could not start bash: \(detail)"
        case .invalidValue(let detail):
            return "shell target: \(detail)"
        }
    }
}
