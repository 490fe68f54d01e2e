import Glibc

/// Starting and ending one background worker's bash: spawned into the driver's process group with
/// stdin from /dev/null, stdout on a socket read until `ready`, stderr appended to the library's
/// stderr log; ended by freezing its tree top-down (SIGSTOP before its children are listed, so none
/// can escape by forking meanwhile) and then killing every frozen process.
enum BackgroundProcess {
    /// The worker's pid once it said `ready`; nil (and nothing left running) when it could not start.
    static func start(
        argv: [String], environment: [String], group: pid_t, stderrLog: String, readyTimeoutSeconds: Double
    ) -> pid_t? {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            return nil
        }
        defer { close(pair[0]) }
        let log = open(stderrLog, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        defer { if log >= 0 { close(log) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        if log >= 0 {
            posix_spawn_file_actions_adddup2(&actions, log, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, group)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup($0) } + [nil]
        defer {
            for p in cArgv { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgv, cEnv)
        close(pair[1])
        guard rc == 0 else { return nil }
        if readLine(pair[0], timeoutSeconds: readyTimeoutSeconds) == "ready" { return pid }
        end(root: pid)
        reap(pid)
        return nil
    }

    /// Freezes and kills `root` and every descendant.
    static func end(root: pid_t) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var frozen: [pid_t] = []
        var seen = Set<pid_t>()
        var queue = [root]
        while let pid = queue.popLast() {
            guard seen.insert(pid).inserted else { continue }
            guard kill(pid, SIGSTOP) == 0 else { continue }
            frozen.append(pid)
            queue += ProcessStat.children(pid, buffer: &buffer) ?? []
        }
        for pid in frozen { kill(pid, SIGKILL) }
    }

    /// Waits for the worker's bash (our child) to be gone.
    static func reap(_ pid: pid_t) {
        var status: Int32 = 0
        for _ in 0..<500 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r < 0 && errno != EINTR) { return }
            usleep(2_000)
        }
    }

    /// One line from `fd` within the timeout; nil on timeout or end of file.
    private static func readLine(_ fd: Int32, timeoutSeconds: Double) -> String? {
        var bytes: [UInt8] = []
        let deadline = monotonicNanoseconds() + UInt64(max(0, timeoutSeconds) * 1e9)
        var byte: UInt8 = 0
        while bytes.count < 256 {
            let now = monotonicNanoseconds()
            guard now < deadline else { return nil }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            guard n == 1 else { return nil }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}
