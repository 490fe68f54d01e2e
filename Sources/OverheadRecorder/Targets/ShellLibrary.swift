import Glibc
import OverheadFormat

/// The user's bash library: which file plays which role, and the functions the suite calls.
struct ShellLibrary: Sendable, Equatable {
    /// The roles in the order their files are sourced, with the default file name of each.
    static let roles: [(name: String, file: String)] = [
        ("message-bus", "message-bus.sh"),
        ("metrics", "metrics.sh"),
        ("health", "health.sh"),
        ("rate-limiting", "rate-limiting.sh"),
        ("shutdown-coordination", "shutdown-coordination.sh"),
    ]

    /// Every function the suite calls; all must be defined once the files are sourced.
    static let requiredFunctions = [
        "init_message_bus", "send_message", "receive_messages", "cleanup_message_bus", "emit_metric",
        "report_health", "check_agent_health", "check_inbox_capacity", "send_with_backpressure",
        "shutdown_with_coordination",
    ]

    struct File: Sendable, Equatable {
        var role: String
        var path: String
    }

    let directory: String
    /// One entry per role, in sourcing order.
    var files: [File]

    /// Resolves each role to `directory/<default name>` unless `overrides` names another path
    /// (relative override paths are taken from the current directory, as a shell would).
    static func resolve(directory: String, overrides: [String: String]) throws -> ShellLibrary {
        let known = Set(roles.map(\.name))
        if let unknown = overrides.keys.sorted().first(where: { !known.contains($0) }) {
            throw ShellTargetError.unknownRole(unknown, known: roles.map(\.name))
        }
        let files = roles.map { role in
            File(role: role.name, path: absolute(overrides[role.name] ?? join(directory, role.file)))
        }
        return ShellLibrary(directory: absolute(directory), files: files)
    }

    /// Throws the first role whose file is missing, not a regular file, or unreadable.
    func checkFilesReadable() throws {
        for file in files {
            var info = stat()
            guard stat(file.path, &info) == 0 else {
                throw ShellTargetError.missingFile(
                    role: file.role, path: file.path, reason: String(cString: strerror(errno)))
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                throw ShellTargetError.missingFile(role: file.role, path: file.path, reason: "not a regular file")
            }
            guard access(file.path, R_OK) == 0 else {
                throw ShellTargetError.missingFile(
                    role: file.role, path: file.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Distinct paths in sourcing order: a file serving several roles is sourced once.
    var sourceOrder: [String] {
        var seen = Set<String>()
        return files.map(\.path).filter { seen.insert($0).inserted }
    }

    /// The manifest's description: kind, directory, and each role's file with its SHA-256.
    func targetInfo() throws -> TargetInfo {
        let described = try files.map { file in
            LibraryFile(
                name: file.role, path: file.path, sha256: SHA256.hexDigest(of: try ShellFileIO.readAll(file.path)))
        }
        return TargetInfo(
            kind: "shell", libraryDirectory: directory, libraryFiles: described, timing: ShellTarget.ownTiming)
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        return join(String(cString: cwd), path)
    }
}
