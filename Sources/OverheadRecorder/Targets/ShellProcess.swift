import Glibc

/// One `bash` child in its own process group, spawned with posix_spawn, and the calls that end it.
/// The group id equals the child's pid, so `kill(-pid)` reaches every process the library started.
struct ShellProcess {
    let pid: pid_t

    /// Starts `argv` (looked up in PATH) with stdin from /dev/null, stdout/stderr on the given
    /// descriptors, `socketFD` as fd 3 and `watchdogFD` as fd 4; every other descriptor is closed
    /// in the child.
    static func spawn(
        argv: [String], environment: [String], stdoutFD: Int32, stderrFD: Int32, socketFD: Int32, watchdogFD: Int32
    ) throws -> ShellProcess {
        // Move the descriptors above the numbers they are dup'ed onto, so no dup2 is a no-op
        // that would leave close-on-exec set.
        var high: [Int32] = []
        defer { for fd in high { close(fd) } }
        for fd in [stdoutFD, stderrFD, socketFD, watchdogFD] {
            let copy = fcntl(fd, F_DUPFD_CLOEXEC, 10)
            guard copy >= 0 else {
                throw ShellTargetError.startFailed(ShellFileIO.errorText("cannot duplicate descriptor", "\(fd)"))
            }
            high.append(copy)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, high[0], 1)
        posix_spawn_file_actions_adddup2(&actions, high[1], 2)
        posix_spawn_file_actions_adddup2(&actions, high[2], 3)
        posix_spawn_file_actions_adddup2(&actions, high[3], 4)
        Self.addCloseFrom(&actions, 5)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group (so a timeout can kill everything the call started, and the terminal's
        // Ctrl+C goes to the recorder, which then closes us), no inherited signal mask, and default
        // handling of the signals a recorder may block or ignore.
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
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
        guard rc == 0 else { throw ShellTargetError.startFailed(ShellFileIO.errorText("posix_spawnp", argv[0], rc)) }
        return ShellProcess(pid: pid)
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// glibc ≥ 2.34's `posix_spawn_file_actions_addclosefrom_np`, which Swift's Glibc module does not
    /// export, looked up at run time. Without it the child still gets none of our descriptors (all are
    /// close-on-exec); it only guards against descriptors others opened without that flag.
    private static func addCloseFrom(_ actions: inout posix_spawn_file_actions_t, _ lowest: Int32) {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, lowest)
    }

    /// True once the child has exited (a zombie) or is gone; it is not reaped here, so its pid
    /// (and group id) cannot be reused before `killGroupAndReap`.
    var hasExited: Bool {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        let text = String(decoding: ShellFileIO.readRange(fd, from: 0, limit: 512), as: UTF8.self)
        guard let paren = text.lastIndex(of: ")") else { return true }
        let state = text[text.index(after: paren)...].trimmingPrefix(" ").first
        return state == "Z" || state == "X"
    }

    /// SIGKILL to the whole group, then waits for the child, and (up to a second) for the rest of
    /// the group to be gone too, so no caller sees a member still running. Returns the child's
    /// status as a shell would (exit code, or 128 + signal).
    @discardableResult
    func killGroupAndReap() -> Int {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        var waits = 0
        while waits < 500 && ProcessTable.groupHasLiveMembers(pid) {
            usleep(2_000)
            waits += 1
        }
        return Self.shellStatus(status)
    }

    static func shellStatus(_ status: Int32) -> Int {
        let signal = status & 0x7f
        return signal == 0 ? Int((status >> 8) & 0xff) : 128 + Int(signal)
    }
}
