import Dispatch
import OverheadFormat
import OverheadStats

/// Per-series latencies arranged for paired comparison: pooled statistics plus, with raw
/// samples, the mean/p95/p99 of every block (statistical run). Blocks are the unit of every
/// interval because the recorder runs each test once per block, in random order.
struct LatencyTable: Sendable {
    struct BlockStats: Sendable, Equatable {
        var mean: Double
        var p95: Double
        var p99: Double
        var count: Int
    }

    struct Entry: Sendable {
        var statistics: SeriesStatistics
        /// Empty for summaries-only input.
        var blocks: [Int: BlockStats]
    }

    let source: DataSource
    /// Paired windows by treatment series (`PairedWindows`); empty for summaries or recordings
    /// made before the paired windows. Also set from a history digest (`LatencyTable+Digest.swift`).
    var pairedWindows: [SeriesKey: [Int: PairedWindowEstimate.Window]] = [:]
    var entries: [SeriesKey: Entry] = [:]
    /// Series whose `statistics` records claim more samples in total than `Int` holds: their count
    /// is shown capped at `Int.max` and the analysis warns that it is implausible.
    private(set) var overflowingCounts: [SeriesKey] = []
    /// Which series are in the table (`AnalysisLimits`); the others were left out.
    var selection = Selection(keys: [], scales: (0, 0), otherSeries: (0, 0))

    init(recording: Recording, histogramBins: Int) {
        if recording.series.values.contains(where: { $0.count > 0 }) {
            source = .rawSamples
            selection = Self.select(recording.series.keys.filter { recording.series[$0]!.count > 0 })
            let keys = selection.keys
            let total = keys.reduce(0) { $0 + recording.series[$1]!.count }
            let series = recording.series
            let slots = Slots<Entry>(count: keys.count)
            let work: @Sendable (Int) -> Void = { i in
                slots[i] = Self.makeEntry(key: keys[i], samples: series[keys[i]]!, bins: histogramBins)
            }
            // Series are independent: spread large recordings over the cores.
            if total >= Self.parallelThreshold {
                DispatchQueue.concurrentPerform(iterations: keys.count, execute: work)
            } else {
                for i in keys.indices { work(i) }
            }
            for (i, key) in keys.enumerated() { entries[key] = slots[i] }
            let selected = Set(keys)
            pairedWindows = PairedWindows.build(recording.series.filter { selected.contains($0.key) })
        } else {
            source = .statisticsSummaries
            var grouped: [SeriesKey: [StatisticsSummary]] = [:]
            for s in recording.summaries {
                grouped[SeriesKey(testName: s.testName, operation: s.operation, agentCount: s.agentCount), default: []]
                    .append(s)
            }
            selection = Self.select(Array(grouped.keys))
            for key in selection.keys {
                let (statistics, overflow) = Self.combine(key: key, grouped[key]!)
                entries[key] = Entry(statistics: statistics, blocks: [:])
                if overflow { overflowingCounts.append(key) }
            }
            overflowingCounts.sort()
        }
    }

    subscript(_ test: TestName, _ operation: OperationName, agents agents: Int) -> Entry? {
        entries[SeriesKey(testName: test.rawValue, operation: operation.rawValue, agentCount: agents)]
    }

    subscript(_ series: TestOperation, agents agents: Int) -> Entry? {
        self[series.test, series.operation, agents: agents]
    }

    var keys: Dictionary<SeriesKey, Entry>.Keys { entries.keys }

    /// The paired windows of `series` at `agents` agents, by run; nil when it was not paired.
    func paired(_ series: TestOperation, agents: Int) -> [Int: PairedWindowEstimate.Window]? {
        pairedWindows[
            SeriesKey(testName: series.test.rawValue, operation: series.operation.rawValue, agentCount: agents)]
    }

    func entry(_ key: SeriesKey) -> Entry? { entries[key] }

    /// Agent counts that have any measurement, ascending.
    var agentCounts: [Int] { Set(entries.keys.map(\.agentCount)).sorted() }

    var sortedStatistics: [SeriesStatistics] {
        entries.keys.sorted().compactMap { entries[$0]?.statistics }
    }

    /// Samples from which the series are described in parallel.
    static let parallelThreshold = 100_000

    private static func makeEntry(key: SeriesKey, samples: SeriesSamples, bins: Int) -> Entry {
        let groups = RunGroups(samples)
        let sorted = groups.sorted
        let d = Descriptive.of(sorted: sorted)!
        let stats = SeriesStatistics(
            testName: key.testName, operation: key.operation, agentCount: key.agentCount,
            count: d.n, mean: d.mean, stddev: d.stddev, min: d.min, max: d.max,
            p50: d.p50, p95: d.p95, p99: d.p99,
            histogram: Histogram.bins(sorted: sorted, count: bins).map {
                HistogramBin(lowerMs: $0.lower, upperMs: $0.upper, count: $0.count)
            })
        var blocks: [Int: BlockStats] = [:]
        for (run, range) in zip(groups.runs, groups.ranges) {
            let b = Descriptive.of(sorted: Array(groups.grouped[range]))!
            blocks[run] = BlockStats(mean: b.mean, p95: b.p95, p99: b.p99, count: b.n)
        }
        return Entry(statistics: stats, blocks: blocks)
    }

    /// Several summaries of one series (e.g. one per run): means weighted by sample count (1 when the
    /// original tool omitted it), stddev from the pooled second moment, percentiles averaged (an
    /// approximation: percentiles do not combine exactly). min/max are unknown: NaN. The counts come
    /// from the file: their sum saturates at `Int.max`, with `overflow` true.
    private static func combine(key: SeriesKey, _ group: [StatisticsSummary]) -> (SeriesStatistics, overflow: Bool) {
        let weights = group.map { Double(max($0.count ?? 1, 1)) }
        let total = weights.reduce(0, +)
        func avg(_ f: (StatisticsSummary) -> Double) -> Double {
            zip(group, weights).reduce(0) { $0 + f($1.0) * $1.1 } / total
        }
        let mean = avg(\.avgMs)
        let second = avg { $0.stddevMs * $0.stddevMs + ($0.avgMs - mean) * ($0.avgMs - mean) }
        let count = CountSum(group.compactMap(\.count))
        let statistics = SeriesStatistics(
            testName: key.testName, operation: key.operation, agentCount: key.agentCount,
            count: count.total, mean: mean, stddev: second.squareRoot(), min: .nan, max: .nan,
            p50: avg(\.p50Ms), p95: avg(\.p95Ms), p99: avg(\.p99Ms), histogram: [])
        return (statistics, count.overflow)
    }
}
