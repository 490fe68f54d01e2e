import Glibc
import NativeBus

/// Checks, before anything is created, that the run can open every file descriptor its plan
/// needs: otherwise the operations fail one by one with EMFILE and the recording is worthless.
/// The soft limit (`ulimit -n`) is raised to the hard limit when that is enough; when even the
/// hard limit is too low the run is refused (exit 2) with the number it needs.
enum DescriptorBudget {
    /// bash and the library inherit the limit: the driver keeps its protocol socket at fd 87 (and the
    /// watchdog socket at 86), and libraries often take a lock on a high descriptor of their own.
    static let shellChildMinimum = 128
    /// Descriptors the recorder itself uses besides its outputs and targets: /proc reads of the
    /// monitor, the directory walks of start-up and clean-up, stderr/stdout if they were closed.
    static let recorderReserve = 12

    private static let openFiles = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    /// RLIM_INFINITY (all bits set), which Swift does not import.
    private static let unlimited = rlim_t.max

    /// The plan's needs, described for the error message.
    struct Need: Equatable {
        var total: Int
        var explanation: String
    }

    /// What the plan of `config` needs when `openNow` descriptors are already open.
    static func need(_ config: RecorderConfiguration, openNow: Int) -> Need {
        let drivers = config.run.concurrency
        let largest = config.run.scaleLevels.max() ?? 1
        switch config.target {
        case .native:
            let buses = (0..<drivers).reduce(0) { sum, thread in
                sum + NativeBus.descriptorsPerCaller(pairs: pairs(config, thread: thread))
            }
            let total = openNow + 2 + recorderReserve + buses
            return Need(
                total: total,
                explanation: "\(buses) for \(drivers) driver(s) at up to \(largest) agents, 2 output files, "
                    + "\(recorderReserve) for the recorder, \(openNow) already open")
        case .shell:
            // Each driver: command file, stdout file, stderr log, protocol socket, watchdog socket;
            // plus one calibration driver, and 6 for a moment while a bash starts.
            let each = 5
            let own = openNow + 2 + recorderReserve + (drivers + 1) * each + 6
            return Need(
                total: max(own, shellChildMinimum),
                explanation: "\(drivers + 1) bash driver(s) × \(each), 2 output files, "
                    + "\(recorderReserve) for the recorder, \(openNow) already open; "
                    + "bash and the library inherit the limit and need at least \(shellChildMinimum)")
        }
    }

    /// Sender → recipient pairs driver thread `thread` sends for over the whole run, each a cached
    /// sequence file in its bus instance. Mirrors `Workload`: thread t of C takes iterations t, t+C, …
    /// and sends from agent i mod n, so it meets n / gcd(n, C) senders at n agents (fewer when it has
    /// fewer iterations); thread 0 also seeds every inbox before the shutdown test, which meets all n.
    static func pairs(_ config: RecorderConfiguration, thread: Int) -> Int {
        let threads = config.run.concurrency
        let iterations = config.run.iterations
        let share = thread < iterations ? (iterations - thread + threads - 1) / threads : 0
        return config.run.scaleLevels.reduce(0) { sum, agents in
            sum + (thread == 0 ? agents : min(share, agents / gcd(agents, threads)))
        }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// The run cannot get the descriptors it needs; exit 2.
    struct Shortfall: Error, Equatable, CustomStringConvertible {
        var need: Need
        var softLimit: UInt64
        var hardLimit: UInt64

        var description: String {
            "this run needs about \(need.total) open file descriptors (\(need.explanation)), but the limit "
                + "(ulimit -n) is \(softLimit) and cannot be raised above \(hardLimit); run `ulimit -n \(need.total)` "
                + "first (as a user allowed to), or lower --concurrency or the largest --scales level"
        }
    }

    /// Checks the limit and raises the soft limit when needed and allowed. Returns a note when it
    /// raised the limit.
    static func ensure(_ config: RecorderConfiguration) throws(Shortfall) -> String? {
        let need = need(config, openNow: openDescriptorCount())
        var limit = rlimit()
        guard getrlimit(Self.openFiles, &limit) == 0 else { return nil }
        let wanted = UInt64(need.total)
        if limit.rlim_cur == unlimited || UInt64(limit.rlim_cur) >= wanted { return nil }
        let hard = UInt64(limit.rlim_max)
        guard limit.rlim_max == unlimited || hard >= wanted else {
            throw Shortfall(need: need, softLimit: UInt64(limit.rlim_cur), hardLimit: hard)
        }
        let old = UInt64(limit.rlim_cur)
        var raised = limit
        raised.rlim_cur = limit.rlim_max == unlimited ? rlim_t(max(wanted, 65536)) : limit.rlim_max
        if setrlimit(Self.openFiles, &raised) != 0 {
            // The kernel's ceiling (fs.nr_open) may be below the hard limit: ask for what is needed.
            raised.rlim_cur = rlim_t(wanted)
            guard setrlimit(Self.openFiles, &raised) == 0 else {
                throw Shortfall(need: need, softLimit: old, hardLimit: hard)
            }
        }
        return
            "raised the open file limit (ulimit -n) from \(old) to \(raised.rlim_cur): this run needs about \(wanted)"
    }

    /// Descriptors open in this process now (entries of /proc/self/fd).
    static func openDescriptorCount() -> Int {
        guard let dir = opendir("/proc/self/fd") else { return 16 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let first = withUnsafeBytes(of: entry.pointee.d_name) { $0[0] }
            if first != UInt8(ascii: ".") { count += 1 }
        }
        return max(0, count - 1)  // the listing's own descriptor
    }
}
