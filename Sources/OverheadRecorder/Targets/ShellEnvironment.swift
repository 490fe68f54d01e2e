/// The environment bash runs in: the recorder's, minus what would change how bash starts, plus
/// every state location of the library pointed into the recorder's private bus root, so a run
/// never touches the host's live bus.
struct ShellEnvironment: Sendable, Equatable {
    /// State variable → path relative to the bus root. Directories end in `/`.
    static let stateLocations: [(name: String, relative: String)] = [
        ("MESSAGE_BASE_DIR", "messages/"),
        ("METRICS_FILE", "metrics/metrics.jsonl"),
        ("METRICS_LOCK_FILE", "metrics/metrics.lock"),
        ("HEALTH_DIR", "health/"),
        ("HEALTH_LOCK_FILE", "health/.health.lock"),
        ("SHUTDOWN_DIR", "shutdown/"),
        ("RATE_LIMIT_DIR", "rate-limit/"),
        // The original library family keeps further state under this root.
        ("CFN_BASE_DIR", "cfn/"),
        ("TMPDIR", "tmp/"),
    ]

    /// Inherited variables that would make bash run code or change options before the driver, and
    /// the eviction counter, which must start from 0 in every bash.
    static let dropped: Set<String> = [
        "BASH_ENV", "ENV", "SHELLOPTS", "BASHOPTS", "CDPATH", "GLOBIGNORE", "BASH_XTRACEFD",
        "PROMPT_COMMAND", "MESSAGE_BUS_EVICTIONS",
    ]

    let busRoot: String
    /// Further state variables found in the library's defaults (`ShellStateScanner`).
    var redirections: [ShellStateScanner.Redirection] = []

    /// `NAME=path` for each state location, then each redirected default.
    var assignments: [(name: String, value: String)] {
        Self.stateLocations.map { location in
            var path = ShellLibrary.join(busRoot, location.relative)
            if path.hasSuffix("/") { path.removeLast() }
            return (location.name, path)
        } + redirections.map { ($0.name, ShellStateScanner.redirectedPath($0.defaultPath, busRoot: busRoot)) }
    }

    /// Directories to create before bash starts (the state directories and the files' parents).
    var directories: [String] {
        var seen = Set<String>()
        var out: [String] = []
        for location in Self.stateLocations {
            let full = ShellLibrary.join(busRoot, location.relative)
            let dir =
                location.relative.hasSuffix("/") ? String(full.dropLast()) : String(full[..<full.lastIndex(of: "/")!])
            if seen.insert(dir).inserted { out.append(dir) }
        }
        // A redirected default may name a file or a directory: create its parent only.
        for redirection in redirections {
            let path = ShellStateScanner.redirectedPath(redirection.defaultPath, busRoot: busRoot)
            let dir = String(path[..<path.lastIndex(of: "/")!])
            if seen.insert(dir).inserted { out.append(dir) }
        }
        return out
    }

    /// The child's `KEY=VALUE` list built from the parent's.
    func environment(inheriting parent: [String]) -> [String] {
        let overridden = Set(assignments.map(\.name))
        var out = parent.filter { entry in
            let name = entry.split(separator: "=", maxSplits: 1).first.map(String.init) ?? entry
            return !Self.dropped.contains(name) && !overridden.contains(name) && !name.hasPrefix("BASH_FUNC_")
        }
        out += assignments.map { "\($0.name)=\($0.value)" }
        return out
    }
}
