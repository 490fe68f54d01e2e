/// One recording as `history list` shows it.
public struct StoredRecording: Sendable, Equatable {
    public var id: Int64
    public var contentHash: String
    /// Seconds since the Unix epoch: the manifest's start time, else when it was added.
    public var unixTime: Double
    public var addedUnixTime: Double
    public var label: RecordingLabel
    public var files: [String]
    public var hostname: String?
    public var verdict: Verdict
    /// Names of the baselines pointing at it.
    public var baselines: [String]
    /// Its total overhead per agent count, as the history report shows it (`RecordingFigures`).
    public var figures: [ScaleFigure]
    /// The figures come from block means (`HistoryEntry.blockMeansOnly`).
    public var blockMeansOnly: Bool

    public init(
        id: Int64, contentHash: String, unixTime: Double, addedUnixTime: Double, label: RecordingLabel,
        files: [String], hostname: String?, verdict: Verdict, baselines: [String], figures: [ScaleFigure] = [],
        blockMeansOnly: Bool = false
    ) {
        self.id = id
        self.contentHash = contentHash
        self.unixTime = unixTime
        self.addedUnixTime = addedUnixTime
        self.label = label
        self.files = files
        self.hostname = hostname
        self.verdict = verdict
        self.baselines = baselines
        self.figures = figures
        self.blockMeansOnly = blockMeansOnly
    }

    /// The entry the reports' shared wording reads (id mark, label).
    public var entry: HistoryEntry {
        HistoryEntry(
            id: id, unixTime: unixTime, label: label, verdicts: [], figures: figures, blockMeansOnly: blockMeansOnly)
    }
}

/// What `history list` shows: every recording in time order, with its figures at `confidence`.
public struct HistoryList: Sendable, Equatable {
    public var recordings: [StoredRecording]
    public var confidence: Double

    public init(recordings: [StoredRecording], confidence: Double) {
        self.recordings = recordings
        self.confidence = confidence
    }

    /// Agent counts with a figure in any recording, ascending.
    public var agentCounts: [Int] { Set(recordings.flatMap { $0.figures.map(\.agentCount) }).sorted() }
}
