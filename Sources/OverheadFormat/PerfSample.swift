/// One line of the perf (resource) log: `timestamp cpu_percent memory_mb tmpfs_mb` as the
/// original, then three trailing columns of ours: `recorder_cpu_percent recorder_rss_mb recorder_output_mb`,
/// then `name=value` fields: the system under test's own figures (`SUTResources`) and the phase.
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
    /// MB of the recorder's own output (results file, perf log, shell stderr logs) on the bus's file
    /// system, already counted in `tmpfsMB`; 0 when they are elsewhere, nil in older logs. Lets the
    /// analysis tell the bus's growth from the growth of the files recording it.
    public var recorderOutputMB: Double?
    /// What the system under test itself used (the `name=value` fields); nil in logs without them.
    public var sut: SUTResources?
    /// The phase of the run the line belongs to: `soak` during the soak phase, `soak_warmup` during
    /// its warm-up, nil during the suite.
    public var phase: String?

    public init(
        unixTime: Double, cpuPercent: Double, memoryMB: Double, tmpfsMB: Double,
        recorderCPUPercent: Double? = nil, recorderRSSMB: Double? = nil, recorderOutputMB: Double? = nil,
        sut: SUTResources? = nil, phase: String? = nil
    ) {
        self.unixTime = unixTime
        self.cpuPercent = cpuPercent
        self.memoryMB = memoryMB
        self.tmpfsMB = tmpfsMB
        self.recorderCPUPercent = recorderCPUPercent
        self.recorderRSSMB = recorderRSSMB
        self.recorderOutputMB = recorderOutputMB
        self.sut = sut
        self.phase = phase
    }

    /// Whether the line was taken during the soak phase.
    public var isSoak: Bool { phase == SUTColumns.soakPhase }

    /// Used MB of the bus's file system without the recorder's own output: what the bus itself
    /// occupies there (plus whatever else shares the file system). `tmpfsMB` when the column is absent.
    public var busTmpfsMB: Double { max(0, tmpfsMB - (recorderOutputMB ?? 0)) }

    public static let header =
        "timestamp cpu_percent memory_mb tmpfs_mb recorder_cpu_percent recorder_rss_mb recorder_output_mb"
}
