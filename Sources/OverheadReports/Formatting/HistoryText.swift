import OverheadAnalysis
import OverheadFormat

/// How a history's times, labels, change points and method read in every report.
enum HistoryText {
    /// `2026-11-26 18:53:05` (UTC), or `?` for a time that cannot be shown.
    static func time(_ unixTime: Double) -> String {
        guard let t = UTCDateTime(unixTime: unixTime) else { return "?" }
        return t.iso8601Seconds.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
    }

    /// ISO 8601, for machine-readable output.
    static func isoTime(_ unixTime: Double) -> String? { UTCDateTime(unixTime: unixTime)?.iso8601Seconds }

    /// `commit abc123 · branch main · build 42`, the parts given; `-` when none.
    static func label(_ l: RecordingLabel) -> String {
        let parts = [("commit", l.commit), ("branch", l.branch), ("build", l.build)].compactMap { name, value in
            value.map { "\(name) \($0)" }
        }
        return parts.isEmpty ? "-" : parts.joined(separator: " · ")
    }

    /// `recording 120 (2026-11-26 18:53:05)`.
    static func recording(_ id: Int64, unixTime: Double) -> String { "recording \(id) (\(time(unixTime)))" }

    /// `+1.02% [0.80, 1.25] → +4.01% [3.80, 4.22]; change +2.99 points [2.70, 3.28], p = 0.005`.
    static func change(_ c: HistoryChangePoint) -> String {
        EstimateText.percent(c.before) + " → " + EstimateText.percent(c.after) + "; change "
            + NumberText.signed(c.change.value, 2) + " points" + EstimateText.trailingInterval(c.change)
            + ", p = " + pValue(c.pValue)
    }

    static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : NumberText.fixed(p, 3) }

    /// One sentence on how the change points were found.
    static func method(_ o: ChangePointOptions) -> String {
        "Change points: E-Divisive means (Matteson & James 2014) on each series of recordings' estimates, "
            + "kept when a permutation test (\(o.permutations) shuffles) gives p ≤ \(NumberText.plain(o.significance)); "
            + "at least \(o.minimumSegment) recordings on each side. Before/after: mean of the recordings' "
            + "estimates with its t-interval; change: Welch's interval."
    }

    /// Marks the id of a recording whose figures come from block means (`HistoryEntry.blockMeansOnly`).
    static let blockMeansMark = "†"

    /// The id column's text: the id, marked when its figures come from block means.
    static func id(_ e: HistoryEntry) -> String { String(e.id) + (e.blockMeansOnly ? " " + blockMeansMark : "") }

    /// The note under a table that has marked recordings; nil when none is.
    static func blockMeansNote(_ entries: some Sequence<HistoryEntry>) -> String? {
        guard entries.contains(where: \.blockMeansOnly) else { return nil }
        return blockMeansMark
            + " stored before the history kept paired windows: its overheads are estimated from block means "
            + "and may differ from analysing its file."
    }

    /// What the overhead columns of `history list` are.
    static let listedOverhead =
        "overhead: full integration vs baseline send per agent count, as the analysis reports it"

    /// `3 change points` / `no change point`.
    static func changeCount(_ n: Int) -> String {
        n == 0 ? "no change point" : n == 1 ? "1 change point" : "\(n) change points"
    }
}
