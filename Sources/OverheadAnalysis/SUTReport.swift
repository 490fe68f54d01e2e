import OverheadFormat

/// What the system under test itself used, from the perf log's system-under-test fields: the
/// figures the CPU, memory and tmpfs criteria judge when the recording has them.
public struct SUTReport: Sendable, Equatable {
    /// Whether the figures come from the soak phase's lines (else from every line of the log).
    public var fromSoak: Bool
    /// Perf-log lines behind the figures, and the seconds they span.
    public var samples: Int
    public var spanSeconds: Double
    /// Mean background CPU (sum of the background components), percent of one core, batch-means interval.
    public var backgroundCPU: Estimate?
    /// Mean CPU of the whole system under test (operations and background), percent of one core.
    public var totalCPU: Estimate?
    /// Per background component, in the log's order: the original's "Background Process
    /// Optimization" list, measured.
    public var components: [ComponentCPU]
    /// Growth of the system under test's memory, MB/min: one measure for the whole series, PSS or
    /// RSS (`SUTAnalysis.memoryMeasure`).
    public var memorySlope: Estimate?
    public var memoryIsPSS: Bool
    /// Lines of the series without a figure in its measure (a PSS that could not be read): gaps,
    /// left out of the slope.
    public var memoryGaps: Int
    public var memoryMaxMB: Double
    /// Growth of the bus directory's storage, MB/min, and its peak.
    public var busSlope: Estimate?
    public var busMaxMB: Double
    /// The path of the bus directory that grew fastest, with its growth.
    public var growingPath: PathGrowth?
    /// The background component whose memory grew fastest, with its growth.
    public var growingComponent: ComponentGrowth?

    public struct ComponentGrowth: Sendable, Equatable {
        public var name: String
        public var slope: Estimate
    }

    public struct ComponentCPU: Sendable, Equatable {
        public var name: String
        public var cpuPercent: Estimate?
        public var maxPercent: Double
        /// Growth of the component's own memory, MB/min, and its largest, MB; nil without the fields.
        public var memorySlope: Estimate?
        public var memoryMaxMB: Double?
    }

    public struct PathGrowth: Sendable, Equatable {
        public var path: String
        public var slope: Estimate
        public var lastMB: Double
    }
}
