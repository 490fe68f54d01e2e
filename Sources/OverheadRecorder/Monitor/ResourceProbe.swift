import Glibc
import OverheadFormat

/// Takes one resource reading: system CPU busy % since the previous reading (/proc/stat deltas),
/// used memory (MemTotal − MemAvailable), used MB of the bus's file system (statvfs), and the
/// recorder's own CPU % (getrusage deltas), RSS (/proc/self/statm) and output files on the bus's
/// file system (`RecorderOutputFiles`), and the system under test's own figures (`SUTProbe`).
struct ResourceProbe {
    let busPath: String
    let outputFiles: RecorderOutputFiles
    private var stat = ProcFile(path: "/proc/stat", capacity: 1024)
    private var meminfo = ProcFile(path: "/proc/meminfo", capacity: 512)
    private var statm = ProcFile(path: "/proc/self/statm", capacity: 256)
    private var lastCPU: ProcParsers.CPUTimes?
    private var lastSelfCPUNs: Int64 = 0
    private var lastMonotonicNs: UInt64 = 0
    private let pageSize = UInt64(sysconf(Int32(_SC_PAGESIZE)))
    /// The system under test's own figures, when the target offers them.
    var sut: SUTProbe?

    init(busPath: String, outputFiles: RecorderOutputFiles = .none) {
        self.busPath = busPath
        self.outputFiles = outputFiles
        // The first reading needs a previous one for its deltas.
        lastCPU = stat.withContents { ProcParsers.cpuTimes(procStat: $0) }
        lastSelfCPUNs = Self.selfCPUNanoseconds()
        lastMonotonicNs = monotonicNanoseconds()
    }

    /// One reading, stamped with the wall clock. CPU percentages cover the time since the last call.
    mutating func read() -> PerfSample {
        let wall = wallNanoseconds()
        let now = monotonicNanoseconds()
        let cpu = stat.withContents { ProcParsers.cpuTimes(procStat: $0) }
        var cpuPercent = 0.0
        if let cpu, let last = lastCPU { cpuPercent = ProcParsers.CPUTimes.busyPercent(from: last, to: cpu) ?? 0 }
        if cpu != nil { lastCPU = cpu }

        let mem = meminfo.withContents { ProcParsers.memory(meminfo: $0) }
        let memoryMB = mem.map { Double($0.totalKB &- $0.availableKB) / 1024 } ?? 0

        var fs = statvfs()
        var tmpfsMB = 0.0
        if statvfs(busPath, &fs) == 0 {
            tmpfsMB = Double(UInt64(fs.f_blocks - fs.f_bfree) * UInt64(fs.f_frsize)) / 1_048_576
        }

        let selfCPU = Self.selfCPUNanoseconds()
        let elapsed = now &- lastMonotonicNs
        let recorderCPU = elapsed > 0 ? 100 * Double(selfCPU - lastSelfCPUNs) / Double(elapsed) : 0
        lastSelfCPUNs = selfCPU
        lastMonotonicNs = now
        let pages = statm.withContents { ProcParsers.residentPages(statm: $0) } ?? 0
        let rssMB = Double(pages * pageSize) / 1_048_576

        return PerfSample(
            unixTime: Double(wall) / 1e9, cpuPercent: cpuPercent, memoryMB: memoryMB, tmpfsMB: tmpfsMB,
            recorderCPUPercent: max(0, recorderCPU), recorderRSSMB: rssMB,
            recorderOutputMB: outputFiles.megabytes(), sut: sut?.read())
    }

    /// User + system CPU time of this process, all threads.
    static func selfCPUNanoseconds() -> Int64 {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return (Int64(usage.ru_utime.tv_sec) + Int64(usage.ru_stime.tv_sec)) * 1_000_000_000
            + (Int64(usage.ru_utime.tv_usec) + Int64(usage.ru_stime.tv_usec)) * 1000
    }
}
