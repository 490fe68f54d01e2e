import Glibc

/// Keeps the promise that no process the recorder started outlives it.
///
/// The recorder makes itself a child subreaper (`PR_SET_CHILD_SUBREAPER`): a process a library
/// starts and detaches (`setsid cmd &`, a double fork) is re-parented to the recorder when its
/// parent exits, instead of to init, so it can still be found. At the end of a run
/// `endDescendants` kills every process whose parent chain leads to the recorder and reaps those
/// that are its children. Only the `overhead-record` program does this (`RecorderCommand.main`
/// with `ownsProcess`), never a test process that runs the recorder in-process.
enum ProcessReaper {
    /// `PR_SET_CHILD_SUBREAPER` from <linux/prctl.h>.
    private static let setChildSubreaper: Int32 = 36

    private typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32

    /// Makes this process the subreaper of its descendants. False where the kernel or the C
    /// library does not offer it (then detached processes escape to init, as before).
    @discardableResult
    static func becomeSubreaper() -> Bool {
        // prctl is variadic in C, which Swift cannot call; every argument here is an integer.
        guard let symbol = dlsym(nil, "prctl") else { return false }
        return unsafeBitCast(symbol, to: Prctl.self)(setChildSubreaper, 1, 0, 0, 0) == 0
    }

    /// SIGKILLs every descendant of this process and reaps the ones that are (or became) its
    /// children; repeats until none is left (a killed parent's children are re-parented to us).
    /// Returns how many processes were killed.
    @discardableResult
    static func endDescendants() -> Int {
        let me = getpid()
        var killed = Set<pid_t>()
        for _ in 0..<20 {
            let table = ProcessTable.all()
            let found = descendants(of: me, in: table)
            if found.isEmpty { break }
            for entry in found where entry.state != UInt8(ascii: "Z") {
                if kill(entry.pid, SIGKILL) == 0 { killed.insert(entry.pid) }
            }
            for entry in found where entry.parent == me { reap(entry.pid) }
        }
        return killed.count
    }

    /// `endDescendants`, saying on stderr how many processes were still running.
    static func endDescendants(reporting errors: (String) -> Void) {
        let count = endDescendants()
        if count > 0 {
            errors(
                "overhead-record: ended \(count) process(es) the library left running "
                    + "(started in the background or detached with setsid)\n")
        }
    }

    /// Every process whose parent chain leads to `root`, parents before children.
    static func descendants(of root: pid_t, in table: [ProcessTable.Entry]) -> [ProcessTable.Entry] {
        var children: [pid_t: [ProcessTable.Entry]] = [:]
        for entry in table where entry.pid != root { children[entry.parent, default: []].append(entry) }
        var out: [ProcessTable.Entry] = []
        var queue = [root]
        var seen: Set<pid_t> = [root]
        while let pid = queue.popLast() {
            for child in children[pid] ?? [] where seen.insert(child.pid).inserted {
                out.append(child)
                queue.append(child.pid)
            }
        }
        return out
    }

    /// Waits up to about two seconds for a killed child to exit and collects its status.
    private static func reap(_ pid: pid_t) {
        var status: Int32 = 0
        for _ in 0..<200 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r < 0 && errno != EINTR) { return }
            usleep(10_000)
        }
    }
}
