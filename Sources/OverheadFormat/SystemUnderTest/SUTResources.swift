/// What the system under test itself used over one perf-log interval: the bus and its integration
/// layers alone, never the rest of the host. Written as `name=value` fields after the perf log's
/// positional columns (`PerfSample.perfLine`), so readers of the older formats ignore it.
public struct SUTResources: Sendable, Equatable {
    /// CPU of every component of the system under test (foreground calls and background workers),
    /// percent of one core over the interval.
    public var cpuPercent: Double
    /// CPU of the background workers alone (the sum of `components`), percent of one core.
    public var backgroundCPUPercent: Double
    /// Resident memory of the system under test, MB: the shell target's processes (driver bash,
    /// the processes it runs, background workers); the memory the native bus's instances hold.
    public var rssMB: Double
    /// Proportional set size of the same processes, MB, where `/proc/PID/smaps_rollup` is readable; nil otherwise.
    public var pssMB: Double?
    /// Which of the two the run's memory series is (`sut_mem`); nil in logs written before the
    /// recorder said so.
    public var memoryMeasure: SUTMemoryMeasure?
    /// Bytes allocated under the private bus directory, MB (not the whole file system).
    public var busMB: Double
    /// CPU percent of one core per background worker (`liveness_probe`, `inbox_overflow_monitor`, …).
    public var components: [Component]
    /// MB per kind of path under the bus directory (`metrics/metrics.jsonl`, `messages/*/inbox/*.json`, …).
    public var paths: [PathUsage]

    public init(
        cpuPercent: Double, backgroundCPUPercent: Double, rssMB: Double, pssMB: Double? = nil,
        memoryMeasure: SUTMemoryMeasure? = nil, busMB: Double, components: [Component] = [],
        paths: [PathUsage] = []
    ) {
        self.memoryMeasure = memoryMeasure
        self.cpuPercent = cpuPercent
        self.backgroundCPUPercent = backgroundCPUPercent
        self.rssMB = rssMB
        self.pssMB = pssMB
        self.busMB = busMB
        self.components = components
        self.paths = paths
    }

    /// One background worker's CPU over the interval.
    public struct Component: Sendable, Equatable {
        public var name: String
        public var cpuPercent: Double
        /// Resident memory of the worker's processes (shell) or what its thread holds (native), MB;
        /// nil when not measured.
        public var rssMB: Double?

        public init(name: String, cpuPercent: Double, rssMB: Double? = nil) {
            self.name = name
            self.cpuPercent = cpuPercent
            self.rssMB = rssMB
        }
    }

    /// Storage of one kind of path under the bus directory.
    public struct PathUsage: Sendable, Equatable {
        /// Relative to the bus directory; agent names and numbered file names folded into `*`.
        public var path: String
        public var megabytes: Double

        public init(path: String, megabytes: Double) {
            self.path = path
            self.megabytes = megabytes
        }
    }

    /// The line's figure in `measure`: nil when it is PSS and the line has none (a gap).
    public func memoryMB(_ measure: SUTMemoryMeasure) -> Double? {
        switch measure {
        case .pss: pssMB
        case .rss: rssMB
        }
    }
}
