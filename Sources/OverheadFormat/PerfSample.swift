/// One line of the perf (resource) log: `timestamp cpu_percent memory_mb tmpfs_mb` as the
/// original, then two trailing columns of ours: `recorder_cpu_percent recorder_rss_mb`.
public struct PerfSample: Sendable, Equatable {
    /// Seconds since the Unix epoch; whole seconds at the default 1 s interval, fractional otherwise.
    public var unixTime: Double
    /// System-wide busy CPU percent over the last interval, from /proc/stat deltas.
    public var cpuPercent: Double
    /// MemTotal − MemAvailable, in MB.
    public var memoryMB: Double
    /// Used MB of the file system holding the bus.
    public var tmpfsMB: Double
    /// The recorder process's own CPU percent of one core over the last interval; nil in the original's logs.
    public var recorderCPUPercent: Double?
    /// The recorder's resident set size, MB; nil in the original's logs.
    public var recorderRSSMB: Double?

    public init(unixTime: Double, cpuPercent: Double, memoryMB: Double, tmpfsMB: Double,
                recorderCPUPercent: Double? = nil, recorderRSSMB: Double? = nil) {
        self.unixTime = unixTime
        self.cpuPercent = cpuPercent
        self.memoryMB = memoryMB
        self.tmpfsMB = tmpfsMB
        self.recorderCPUPercent = recorderCPUPercent
        self.recorderRSSMB = recorderRSSMB
    }

    public static let header = "timestamp cpu_percent memory_mb tmpfs_mb recorder_cpu_percent recorder_rss_mb"
}
