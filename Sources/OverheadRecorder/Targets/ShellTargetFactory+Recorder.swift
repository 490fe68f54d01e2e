/// Building the shell target from the recorder's resolved flags, so the command needs one line:
/// `case .shell: return try ShellTargetFactory(recorder: config)`.
extension ShellTargetFactory {
    /// `--lib`, `--lib-file`, `--call-timeout`; the stderr log goes next to the results file.
    public convenience init(recorder config: RecorderConfiguration) throws {
        try self.init(configuration: Self.configuration(from: config))
    }

    /// Without `--lib`, every role must be named with `--lib-file`; the first that is not is the error.
    static func configuration(from config: RecorderConfiguration) throws -> ShellTargetConfiguration {
        let directory: String
        if let given = config.libraryDirectory {
            directory = given
        } else if let unnamed = ShellLibrary.roles.first(where: { config.libraryFiles[$0.name] == nil }) {
            throw ShellTargetError.missingFile(
                role: unnamed.name, path: "(none)",
                reason: "--target shell needs --lib DIR, or --lib-file \(unnamed.name)=PATH for every role")
        } else {
            directory = "."
        }
        return ShellTargetConfiguration(
            libraryDirectory: directory, fileOverrides: config.libraryFiles,
            callTimeoutSeconds: config.callTimeoutSeconds,
            logDirectory: folder(of: config.resultsPath))
    }

    /// The folder holding `path` (`.` for a bare file name, `/` for a file at the root).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
