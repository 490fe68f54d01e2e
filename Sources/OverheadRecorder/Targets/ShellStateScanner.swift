/// Finds where a library keeps state beyond the variables the target always sets, so a run can
/// point those into the bus root too and never touch the host's live bus.
///
/// - `NAME="${NAME:-/dev/shm/...}"`-style defaults (any `${NAME:-/abs/path}` under a scratch or
///   shared-memory root) become redirections: `NAME` is set to the same path under the bus root.
/// - Absolute `/dev/shm/` paths written outside such a default cannot be redirected: they become
///   warnings naming file and line.
enum ShellStateScanner {
    struct Redirection: Sendable, Equatable {
        var name: String
        var defaultPath: String
    }

    struct Result: Sendable, Equatable {
        var redirections: [Redirection] = []
        var warnings: [String] = []
    }

    /// Roots whose defaults are taken for state locations.
    static let stateRoots = ["/dev/shm/", "/tmp/", "/run/", "/var/tmp/", "/var/run/"]

    /// Scans `files` (path, text); names in `alreadySet` are left alone (the target sets them).
    static func scan(_ files: [(path: String, text: String)], alreadySet: Set<String>) -> Result {
        var result = Result()
        var seen = alreadySet
        for file in files {
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.drop(while: { $0 == " " || $0 == "\t" })
                if code.hasPrefix("#") { continue }
                var covered: [Range<Substring.Index>] = []
                for match in line.matches(of: /\$\{([A-Za-z_][A-Za-z0-9_]*):?-(\/[^}"'\s]*)\}/) {
                    let name = String(match.output.1)
                    let path = String(match.output.2)
                    guard stateRoots.contains(where: { path.hasPrefix($0) || path + "/" == $0 }) else { continue }
                    covered.append(match.range)
                    if seen.insert(name).inserted {
                        result.redirections.append(Redirection(name: name, defaultPath: path))
                    }
                }
                for match in line.matches(of: /\/dev\/shm\/[^\s"'}]*/)
                where !covered.contains(where: { $0.contains(match.range.lowerBound) }) {
                    result.warnings.append(
                        "\(file.path):\(index + 1) uses \(match.output) directly; the benchmark cannot move it into its private bus directory"
                    )
                }
            }
        }
        return result
    }

    /// Where a redirected default lands: the same path below `<bus root>/host`.
    static func redirectedPath(_ defaultPath: String, busRoot: String) -> String {
        ShellLibrary.join(ShellLibrary.join(busRoot, "host"), String(defaultPath.drop(while: { $0 == "/" })))
    }
}
