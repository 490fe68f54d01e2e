import OverheadFormat

/// A caveat about one recording's figures, as data (like benchmath's `Warnings`): the reports
/// word it (`WarningText` in OverheadReports) and scripts can match on the case.
public enum AnalysisWarning: Sendable, Equatable {
    /// Only `statistics` summary records: no intervals, criteria that need them not evaluated.
    case summariesOnly
    /// The recorder stopped early: its `partial` record's reason and detail.
    case partialRecording(reason: String, detail: String)
    /// A manifest but no `end` record: the recording may have been cut short.
    case noEndRecord
    /// Malformed lines were skipped.
    case malformedLinesSkipped(count: Int)
    /// The A/A control's interval excludes zero at this scale.
    case tooNoisy(agentCount: Int, difference: Estimate)
    /// One measured block at this scale: no intervals there.
    case singleRun(agentCount: Int)
    /// Two measured blocks at these scales: very wide intervals.
    case twoRuns(agentCounts: [Int])
    /// No full-integration measurements at this scale.
    case noFullIntegration(agentCount: Int)
    /// Test windows whose message counts do not balance.
    case unbalancedWindows(unbalanced: Int, windows: Int)
    /// Messages evicted from full inboxes.
    case evictions(count: Int)
    /// Operations that failed (excluded from the latencies).
    case failedOperations(count: Int)
    /// Overhead cost grows faster than linearly with the agent count.
    case superlinearGrowth(exponent: Estimate)
    /// `--until-decided` ran out of budget before every criterion was decided.
    case stoppedUndecided(blocks: Int, detail: String)
    /// The shell driver's own per-call cost is a large share of the baseline send.
    case driverCost(noopMedianMs: Double, sharePercent: Double, agentCount: Int)
    /// bash-timed samples: a function call's floor is at least a tenth of these layers' cost per
    /// message, so their overheads cannot be told from the cost of calling a function.
    case callFloorNearLayerCost(floorMs: Double, components: [Component])
    /// The shell library wrote to stderr during the run: how many lines, where, the first ones.
    case libraryStderr(lines: Int, log: String, first: [String])
    /// The perf log's system CPU averages below the recorder's own share.
    case cpuColumnsDisagree
    /// Other processes used this much of the machine's CPU, percent, during the measured windows:
    /// noise in every latency (the system-under-test verdicts leave them out).
    case busyHost(otherCPUPercent: Double)
    /// Scales without a baseline send, not analysed.
    case noBaseline(agentCounts: [Int])
    /// No perf log was given.
    case noPerfLog
    /// The perf logs given have no samples.
    case emptyPerfLog(files: [String])
    /// The perf log has fewer samples than the resource intervals need.
    case fewPerfSamples(count: Int)
    /// The conservation records' message counts add up beyond `Int.max`: implausible; the totals
    /// are shown capped and the difference is not computed.
    case conservationCountsOverflow
    /// The `statistics` records of these series (`SeriesKey.description`, the first of them
    /// only; `series` counts all) claim more samples in total than `Int.max`: shown capped.
    case summaryCountsOverflow(series: Int, first: String)
    /// The `end` record claims a different number of samples than the results file holds
    /// (measured plus warm-up): the file was cut, edited or concatenated.
    case sampleCountMismatch(claimed: Int, found: Int)
    /// Full-integration samples exist at these scales, but in no block are both its latency and
    /// the baseline's positive and finite (e.g. all zero: a clock that does not tick, or an edited
    /// file): no ratio to the baseline exists, so the total overhead there is unknown.
    case unusableLatencies(agentCounts: [Int])
    /// An `AnalysisLimits` limit left part of the recording out of the analysis and every report:
    /// `kept` of `total` were analysed.
    case limited(LimitedPart, kept: Int, total: Int)
}
