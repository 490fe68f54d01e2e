import OverheadFormat
import OverheadStats

/// The perf log summarised overall, per scale and per test window, plus growth slopes.
struct ResourceAnalysis: Sendable {
    var report: ResourceReport
    /// Mean CPU over the run with a batch-means interval (see `batchMeans`): the background load,
    /// i.e. system-wide busy % minus the recorder's own share, when the perf log has the recorder's
    /// column and the manifest its CPU count; else system-wide busy % as the original measured it.
    var cpu: Measured?
    var cpuExcludesRecorder: Bool
    /// The system-wide CPU averaged below the recorder's own share: the columns cannot both be
    /// right, so the criterion falls back to the system-wide figure.
    var cpuColumnsDisagree: Bool
    var memorySlope: Measured?
    /// Growth of the bus's share of its file system: `tmpfs_mb − recorder_output_mb` when every
    /// sample has the recorder's output column, else `tmpfs_mb` as the original measured it.
    var tmpfsSlope: Measured?
    /// Whether the tmpfs figures for the criterion exclude the recorder's own output.
    var tmpfsExcludesRecorderOutput: Bool
    /// Peak of the tmpfs figure the criterion judges (the bus's share, or `tmpfs_mb`).
    var busTmpfsMaxMB: Double
    /// Largest size of the recorder's own output on the bus's file system, MB (0 without the column).
    var recorderOutputMaxMB: Double
    /// The system under test's own figures, when the log has them: the criteria judge these.
    var sut: SUTAnalysis.Figures?

    /// Batches used for intervals over the perf log: consecutive samples are correlated, batch means
    /// much less so (the batch-means method), at the cost of fewer degrees of freedom.
    static let batches = 10

    init?(recording: Recording, confidence: Double) {
        let perf = recording.perf.sorted { $0.unixTime < $1.unixTime }
        guard let overall = Self.stats(perf) else { return nil }
        let interval = Self.sampleInterval(recording: recording, perf: perf)
        let windows = recording.windows.filter { !$0.warmup }
        // Pair each start with its end (same test, scale, run).
        var starts: [String: WindowMark] = [:]
        var spans: [(test: String, agents: Int, from: Double, to: Double)] = []
        for w in windows.sorted(by: { $0.unixTime < $1.unixTime }) {
            let key = "\(w.testName)\u{1}\(w.agentCount)\u{1}\(w.run)"
            switch w.event {
            case .start: starts[key] = w
            case .end:
                if let s = starts.removeValue(forKey: key) {
                    spans.append((w.testName, w.agentCount, s.unixTime, w.unixTime))
                }
            }
        }
        // A perf sample at t covers (t − interval, t]; it belongs to a span it overlaps.
        func inside(_ p: PerfSample, _ from: Double, _ to: Double) -> Bool {
            p.unixTime >= from && p.unixTime - interval <= to
        }
        var perScale: [ResourceWindow] = []
        for agents in Set(spans.map(\.agents)).sorted() {
            let mine = spans.filter { $0.agents == agents }
            let from = mine.map(\.from).min()!
            let to = mine.map(\.to).max()!
            if let s = Self.stats(perf.filter { inside($0, from, to) }) {
                var w = ResourceWindow(testName: nil, agentCount: agents, stats: s)
                w.startUnixTime = from
                w.endUnixTime = to
                perScale.append(w)
            }
        }
        var perWindow: [ResourceWindow] = []
        let groups = Dictionary(grouping: spans) { "\($0.agents)\u{1}\($0.test)" }
        for key in groups.keys.sorted(by: { a, b in
            let x = groups[a]![0]
            let y = groups[b]![0]
            return (x.agents, x.test) < (y.agents, y.test)
        }) {
            let g = groups[key]!
            let hits = perf.filter { p in g.contains { inside(p, $0.from, $0.to) } }
            if let s = Self.stats(hits) {
                // The span from the first window's start to the last one's end (a test runs once per block).
                var w = ResourceWindow(testName: g[0].test, agentCount: g[0].agents, stats: s)
                w.startUnixTime = g.map(\.from).min()
                w.endUnixTime = g.map(\.to).max()
                perWindow.append(w)
            }
        }
        let t0 = perf[0].unixTime
        let minutes = perf.map { ($0.unixTime - t0) / 60 }
        memorySlope = Self.batchSlope(minutes, perf.map(\.memoryMB), confidence: confidence)
        tmpfsExcludesRecorderOutput = perf.allSatisfy { $0.recorderOutputMB != nil }
        let busTmpfs = tmpfsExcludesRecorderOutput ? perf.map(\.busTmpfsMB) : perf.map(\.tmpfsMB)
        tmpfsSlope = Self.batchSlope(minutes, busTmpfs, confidence: confidence)
        busTmpfsMaxMB = busTmpfs.max()!
        recorderOutputMaxMB = perf.compactMap(\.recorderOutputMB).max() ?? 0
        cpuColumnsDisagree = false
        cpuExcludesRecorder = false
        if let cores = recording.manifest?.host.cpuCount, cores > 0, perf.allSatisfy({ $0.recorderCPUPercent != nil }) {
            // Not clamped at 0: sampling jitter makes single differences negative, the mean stays fair.
            let background = perf.map { $0.cpuPercent - $0.recorderCPUPercent! / Double(cores) }
            if background.reduce(0, +) / Double(background.count) >= 0 {
                cpuExcludesRecorder = true
                cpu = Self.batchMeans(background, confidence: confidence)
            } else {
                cpuColumnsDisagree = true
            }
        }
        if !cpuExcludesRecorder {
            cpu = Self.batchMeans(perf.map(\.cpuPercent), confidence: confidence)
        }
        report = ResourceReport(
            overall: overall, perScale: perScale, perWindow: perWindow,
            memorySlopeMBPerMin: memorySlope?.estimate(confidence: confidence),
            tmpfsSlopeMBPerMin: tmpfsSlope?.estimate(confidence: confidence), timeline: perf)
        if tmpfsExcludesRecorderOutput { report.recorderOutputMaxMB = recorderOutputMaxMB }
        sut = SUTAnalysis.figures(perf, confidence: confidence)
        report.sut = sut?.report
        let measured = perf.filter { p in spans.contains { inside(p, $0.from, $0.to) } }
        report.otherProcessesCPUPercent = SUTAnalysis.otherProcessesCPU(
            measured.isEmpty ? perf : measured, cores: recording.manifest?.host.cpuCount)
    }

    static func stats(_ perf: [PerfSample]) -> ResourceStats? {
        guard !perf.isEmpty else { return nil }
        let n = Double(perf.count)
        return ResourceStats(
            samples: perf.count,
            cpuAvg: perf.reduce(0) { $0 + $1.cpuPercent } / n, cpuMax: perf.map(\.cpuPercent).max()!,
            memoryAvgMB: perf.reduce(0) { $0 + $1.memoryMB } / n, memoryMaxMB: perf.map(\.memoryMB).max()!,
            tmpfsAvgMB: perf.reduce(0) { $0 + $1.tmpfsMB } / n, tmpfsMaxMB: perf.map(\.tmpfsMB).max()!)
    }

    /// The manifest's sampling interval, else the median gap of the log, else 1 s.
    static func sampleInterval(recording: Recording, perf: [PerfSample]) -> Double {
        if let s = recording.manifest?.config.sampleIntervalSeconds, s > 0 { return s }
        guard perf.count > 1 else { return 1 }
        let gaps = zip(perf.dropFirst(), perf).map { $0.unixTime - $1.unixTime }.sorted()
        return gaps[gaps.count / 2] > 0 ? gaps[gaps.count / 2] : 1
    }

    /// Consecutive batches (at least 2 samples each) when there are enough samples, else the samples.
    static func batched(_ xs: [Double]) -> [Double] {
        guard xs.count >= 2 * batches else { return xs }
        return (0..<batches).map { b in
            let lo = b * xs.count / batches
            let hi = (b + 1) * xs.count / batches
            return xs[lo..<hi].reduce(0, +) / Double(hi - lo)
        }
    }

    static func batchMeans(_ xs: [Double], confidence: Double) -> Measured? {
        Measured.mean(batched(xs), confidence: confidence)
    }

    static func batchSlope(_ t: [Double], _ y: [Double], confidence: Double) -> Measured? {
        Measured.slope(x: batched(t), y: batched(y), confidence: confidence)
    }
}
