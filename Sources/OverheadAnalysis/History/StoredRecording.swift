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

    public init(
        id: Int64, contentHash: String, unixTime: Double, addedUnixTime: Double, label: RecordingLabel,
        files: [String], hostname: String?, verdict: Verdict, baselines: [String]
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
    }
}
