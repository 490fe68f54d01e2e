import Glibc

/// CPU and memory of a process tree (a root and every descendant), read from /proc.
///
/// CPU is cumulative: the sum over the tree's live processes of utime + stime + cutime + cstime
/// (a child that exits and is reaped by a parent in the tree moves its time into that parent's
/// cutime/cstime, so `jq`, `flock` or `sleep` run by a loop count), plus the last figure of every
/// process that left the tree without a parent in it to reap it (`departed`). Not counted: the
/// time a process used after the last reading before it left that way, and descendants that
/// detached out of the tree (re-parented elsewhere).
///
/// Memory (RSS, and PSS when asked) is summed over the processes that were already there at the
/// previous reading, so short-lived forks do not make it jump from line to line. A process that
/// exited between its stat line and its PSS read holds nothing and counts 0; a live process whose
/// PSS cannot be read makes the reading's PSS nil (a gap: never RSS in its place).
struct ProcessTreeAccount {
    private(set) var root: pid_t
    private var rootStart: UInt64?
    private var last: [pid_t: ProcessStat] = [:]
    private var departed: UInt64 = 0

    init(root: pid_t) { self.root = root }

    struct Reading {
        var cpuNs: UInt64
        var rssBytes: UInt64
        var pssBytes: UInt64?
        var processes: Int
    }

    /// Reads the tree now. `withPSS` adds `/proc/PID/smaps_rollup` reads (one per process). Read each
    /// tree once per perf-log line: what counts as lasting is what the previous reading saw.
    mutating func read(withPSS: Bool, buffer: inout [UInt8]) -> Reading {
        var now: [pid_t: ProcessStat] = [:]
        var queue = [root]
        while let pid = queue.popLast() {
            // Children before the stat line: a child reaped in between is then in the parent's
            // cutime and not read itself — counted once; the other order could miss it for a line.
            guard now[pid] == nil else { continue }
            let children = ProcessStat.children(pid, buffer: &buffer) ?? []
            guard let stat = ProcessStat.read(pid, buffer: &buffer) else { continue }
            if pid == root {
                if let rootStart, rootStart != stat.startTime { continue }  // reused pid
                rootStart = stat.startTime
            }
            now[pid] = stat
            queue += children
        }
        for (pid, old) in last where now[pid] == nil {
            if now[old.parent] == nil { departed += old.cpuNs }
        }
        let previous = last
        last = now
        var rss: UInt64 = 0
        var pss: UInt64? = withPSS ? 0 : nil
        var cpu = departed
        for stat in now.values {
            cpu += stat.cpuNs
            // Memory of the processes that lasted since the previous reading: a call's short-lived
            // forks (a subshell, flock, sleep) come and go between readings and would only add noise;
            // memory that grows stays, in a process that stays.
            guard previous[stat.pid]?.startTime == stat.startTime else { continue }
            rss += stat.rssBytes
            if pss != nil {
                // A zombie (no resident pages) or a process gone since its stat was read has nothing to count.
                if let p = ProcessStat.pss(stat.pid, buffer: &buffer) {
                    pss! += p
                } else if ProcessStat.holdsMemory(stat.pid, startTime: stat.startTime, buffer: &buffer) {
                    pss = nil
                }
            }
        }
        return Reading(cpuNs: cpu, rssBytes: rss, pssBytes: pss, processes: now.count)
    }

    /// Moves the tree's last figures into `departed` (its processes are about to be ended) and
    /// forgets them: later readings keep the total.
    mutating func retire() {
        for stat in last.values { departed += stat.cpuNs }
        last = [:]
        root = -1
    }

    /// Follows a new root (a driver restarted after a timeout): the old tree's time stays counted.
    mutating func follow(_ pid: pid_t) {
        guard pid != root else { return }
        retire()
        root = pid
        rootStart = nil
    }

    /// Processes of the last reading that still run as the same process (same start time), also
    /// those re-parented out of the tree since (their parent was killed alone).
    func survivors(buffer: inout [UInt8]) -> [pid_t] {
        last.values.compactMap { old in
            guard let now = ProcessStat.read(old.pid, buffer: &buffer), now.startTime == old.startTime else {
                return nil
            }
            return old.pid
        }
    }
}
