import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `overhead-analyze` as a child and measures what it cost: wall time and peak
/// resident memory (`ru_maxrss` of that child, from wait4), for the resource-bound tests.
struct MeasuredProcess {
    struct Result {
        var status: Int32
        /// The signal that ended the child, or 0.
        var signal: Int32
        var seconds: Double
        var peakMegabytes: Double
        var stdout: String
        var stderr: String
    }

    struct SpawnError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "posix_spawn failed: \(String(cString: strerror(code)))" }
    }

    /// Runs the binary with `arguments` (absolute paths), its output captured in files in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let binary = try AnalyzerProcess.binary().path
        let out = directory.appendingPathComponent("measured.stdout").path
        let err = directory.appendingPathComponent("measured.stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        let exited = status & 0x7F == 0
        return Result(
            status: exited ? (status >> 8) & 0xFF : -1, signal: exited ? 0 : status & 0x7F, seconds: seconds,
            peakMegabytes: Double(usage.ru_maxrss) / 1024,
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }
}
