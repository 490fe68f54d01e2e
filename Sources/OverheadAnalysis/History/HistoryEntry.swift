/// One recording of a history as the report reads it: its identity, when it was made, its label,
/// the verdicts its analysis gave when it was added, and its overhead per agent count.
public struct HistoryEntry: Sendable, Equatable {
    public var id: Int64
    /// Seconds since the Unix epoch: the manifest's start time, else when it was added.
    public var unixTime: Double
    public var label: RecordingLabel
    /// The verdicts of the analysis made when the recording was added (default limits).
    public var verdicts: [StoredVerdict]
    public var figures: [ScaleFigure]
    /// The figures come from block means although the recording had paired windows (it was stored
    /// before histories kept them, `RecordingDigest.blockMeansOnly`).
    public var blockMeansOnly: Bool

    public init(
        id: Int64, unixTime: Double, label: RecordingLabel, verdicts: [StoredVerdict], figures: [ScaleFigure],
        blockMeansOnly: Bool = false
    ) {
        self.id = id
        self.unixTime = unixTime
        self.label = label
        self.verdicts = verdicts
        self.figures = figures
        self.blockMeansOnly = blockMeansOnly
    }

    /// The recording's verdict over its criteria: FAIL if one failed, else INCONCLUSIVE if one
    /// was, else PASS if one passed, else NOT EVALUATED.
    public var overallVerdict: Verdict {
        let all = verdicts.map(\.verdict)
        for v in [Verdict.fail, .inconclusive, .pass] where all.contains(v) { return v }
        return .notEvaluated
    }
}

/// What the user said a recording is: any of commit, branch and build.
public struct RecordingLabel: Sendable, Equatable {
    public var commit: String?
    public var branch: String?
    public var build: String?

    public init(commit: String? = nil, branch: String? = nil, build: String? = nil) {
        self.commit = commit
        self.branch = branch
        self.build = build
    }
}

/// One criterion's verdict as kept in a history.
public struct StoredVerdict: Sendable, Equatable {
    /// `CriterionResult.id`, e.g. `total_overhead`.
    public var criterion: String
    public var agentCount: Int?
    public var verdict: Verdict

    public init(criterion: String, agentCount: Int?, verdict: Verdict) {
        self.criterion = criterion
        self.agentCount = agentCount
        self.verdict = verdict
    }
}
