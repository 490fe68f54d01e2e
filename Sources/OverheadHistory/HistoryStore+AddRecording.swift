import OverheadAnalysis
import OverheadFormat

extension HistoryStore {
    /// Adds a parsed recording as `history add` does: its digest, the verdicts of its analysis at
    /// the default limits (none when it cannot be analysed, e.g. without a baseline), the label,
    /// and its time: the manifest's start time, else `now`.
    public func add(
        recording: Recording, contentHash: String, label: RecordingLabel, now: Double
    ) throws(HistoryError) -> AddOutcome {
        let verdicts =
            (try? Analyzer.analyze(recording))?.criteria.map {
                StoredVerdict(criterion: $0.id, agentCount: $0.agentCount, verdict: $0.verdict)
            } ?? []
        let started = recording.manifest.flatMap { UTCDateTime.unixNanoseconds(iso8601: $0.startTime) }
        return try add(
            RecordingDigest(recording: recording), contentHash: contentHash,
            unixTime: started.map { Double($0) / 1e9 } ?? now, addedUnixTime: now, label: label, verdicts: verdicts)
    }
}
