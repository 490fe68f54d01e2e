/// A history's overhead per agent count over time, with the change points in each series.
/// Percentages are in percent units.
public struct HistoryReport: Sendable, Equatable {
    /// In time order (then by id).
    public var entries: [HistoryEntry]
    /// One series per agent count measured in any recording, ascending.
    public var series: [HistorySeries]
    /// Named baselines: (name, recording id), by name.
    public var baselines: [(name: String, id: Int64)]
    public var confidence: Double
    /// The change-point method's settings.
    public var changePointOptions: ChangePointOptions

    public init(
        entries: [HistoryEntry], series: [HistorySeries], baselines: [(name: String, id: Int64)], confidence: Double,
        changePointOptions: ChangePointOptions
    ) {
        self.entries = entries
        self.series = series
        self.baselines = baselines
        self.confidence = confidence
        self.changePointOptions = changePointOptions
    }

    public static func == (a: HistoryReport, b: HistoryReport) -> Bool {
        a.entries == b.entries && a.series == b.series && a.baselines.map(\.name) == b.baselines.map(\.name)
            && a.baselines.map(\.id) == b.baselines.map(\.id) && a.confidence == b.confidence
            && a.changePointOptions == b.changePointOptions
    }
}

/// The total overhead at one agent count across the recordings that measured it.
public struct HistorySeries: Sendable, Equatable {
    public var agentCount: Int
    /// In time order.
    public var points: [HistoryPoint]
    /// In time order.
    public var changePoints: [HistoryChangePoint]

    public init(agentCount: Int, points: [HistoryPoint], changePoints: [HistoryChangePoint]) {
        self.agentCount = agentCount
        self.points = points
        self.changePoints = changePoints
    }
}

public struct HistoryPoint: Sendable, Equatable {
    public var recordingID: Int64
    public var unixTime: Double
    /// The recording's own estimate with its interval.
    public var overhead: Estimate

    public init(recordingID: Int64, unixTime: Double, overhead: Estimate) {
        self.recordingID = recordingID
        self.unixTime = unixTime
        self.overhead = overhead
    }
}

/// A change in a series: the overhead before it (since the previous change) and after it (until the
/// next), each the mean of the recordings' estimates with its t-interval, and the change with
/// Welch's interval.
public struct HistoryChangePoint: Sendable, Equatable {
    /// The first recording after the change.
    public var recordingID: Int64
    /// Its position in the series' points.
    public var index: Int
    public var before: Estimate
    public var after: Estimate
    /// after − before, percentage points.
    public var change: Estimate
    /// The permutation test's p-value and the divergence statistic of the split.
    public var pValue: Double
    public var statistic: Double

    public init(
        recordingID: Int64, index: Int, before: Estimate, after: Estimate, change: Estimate, pValue: Double,
        statistic: Double
    ) {
        self.recordingID = recordingID
        self.index = index
        self.before = before
        self.after = after
        self.change = change
        self.pValue = pValue
        self.statistic = statistic
    }
}

/// How change points are found (`EDivisive.Options`, as the history report's flags set it).
public struct ChangePointOptions: Sendable, Equatable {
    public var significance: Double
    public var permutations: Int
    public var minimumSegment: Int
    public var seed: UInt64

    public init(significance: Double = 0.01, permutations: Int = 199, minimumSegment: Int = 5, seed: UInt64 = 1) {
        self.significance = significance
        self.permutations = permutations
        self.minimumSegment = minimumSegment
        self.seed = seed
    }
}
