/// Collects what a reader finds in one byte range (or, merged, in all files) before it becomes a
/// `Recording`. One per thread; merged in file order so "first" means first in the files.
struct RecordingBuilder {
    let maxDiagnostics: Int
    var maxSeries = Int.max
    var table = SeriesTable()
    var manifest: Manifest?
    var summaries: [StatisticsSummary] = []
    var windows: [WindowMark] = []
    var blocks: [BlockPlan] = []
    var conservation: [Conservation] = []
    var failures: [OperationFailure] = []
    var calibration: Calibration?
    var decisions: [Decision] = []
    var partial: PartialMarker?
    var end: RunEnd?
    var perf: [PerfSample] = []
    var warmupSamples = 0
    var recordsRead = 0
    var skippedLines = 0
    var diagnostics: [Diagnostic] = []
    /// The first bad line, kept even when `diagnostics` is full (strict mode throws it).
    var firstBad: Diagnostic?

    init(maxDiagnostics: Int) {
        self.maxDiagnostics = maxDiagnostics
    }

    /// False (nothing added) when the sample would start a series beyond `maxSeries`.
    @inline(__always)
    mutating func addSample(
        test: UnsafeRawBufferPointer, operation: UnsafeRawBufferPointer, agentCount: Int,
        elapsedMs: Double, run: Int, iteration: Int, warmup: Bool
    ) -> Bool {
        if warmup {
            recordsRead += 1
            warmupSamples += 1
            return true
        }
        let k = table.index(test: test, operation: operation, agentCount: agentCount, limit: maxSeries)
        if k < 0 { return false }
        recordsRead += 1
        table.columns[k].append(elapsedMs: elapsedMs, run: run, iteration: iteration)
        return true
    }

    /// False when a sample was refused (see `addSample`).
    mutating func add(_ record: Record) -> Bool {
        switch record {
        case .sample(let s):
            var test = s.testName
            var operation = s.operation
            return test.withUTF8 { t in
                operation.withUTF8 { o in
                    addSample(
                        test: UnsafeRawBufferPointer(t), operation: UnsafeRawBufferPointer(o), agentCount: s.agentCount,
                        elapsedMs: s.elapsedMs, run: s.run, iteration: s.iteration, warmup: s.warmup)
                }
            }
        case .manifest(let m): if manifest == nil { manifest = m }
        case .statistics(let s): summaries.append(s)
        case .window(let w): windows.append(w)
        case .block(let b): blocks.append(b)
        case .conservation(let c): conservation.append(c)
        case .failure(let f): failures.append(f)
        case .calibration(let c): if calibration == nil { calibration = c }
        case .decision(let d): decisions.append(d)
        case .partial(let p): if partial == nil { partial = p }
        case .end(let e): if end == nil { end = e }
        }
        recordsRead += 1
        return true
    }

    mutating func report(_ d: Diagnostic) {
        skippedLines += 1
        if firstBad == nil { firstBad = d }
        if diagnostics.count < maxDiagnostics { diagnostics.append(d) }
    }

    /// Appends what `other` found after everything found here; its line numbers are shifted by
    /// `lineOffset` (the lines of the same file that precede its range).
    mutating func absorb(_ other: RecordingBuilder, lineOffset: Int = 0) {
        for (k, key) in other.table.keys.enumerated() {
            let column = other.table.columns[k]
            let mine = table.index(key)
            if table.columns[mine].count == 0 {
                table.columns[mine] = column
            } else {
                table.columns[mine].elapsedMs.append(contentsOf: column.elapsedMs)
                table.columns[mine].run.append(contentsOf: column.run)
                table.columns[mine].iteration.append(contentsOf: column.iteration)
            }
        }
        if manifest == nil { manifest = other.manifest }
        summaries += other.summaries
        windows += other.windows
        blocks += other.blocks
        conservation += other.conservation
        failures += other.failures
        if calibration == nil { calibration = other.calibration }
        decisions += other.decisions
        if partial == nil { partial = other.partial }
        if end == nil { end = other.end }
        perf += other.perf
        warmupSamples += other.warmupSamples
        recordsRead += other.recordsRead
        skippedLines += other.skippedLines
        func shifted(_ d: Diagnostic) -> Diagnostic {
            Diagnostic(file: d.file, line: d.line + lineOffset, message: d.message)
        }
        if firstBad == nil { firstBad = other.firstBad.map(shifted) }
        for d in other.diagnostics where diagnostics.count < maxDiagnostics {
            diagnostics.append(shifted(d))
        }
    }

    func recording(files: [String], perfLogs: [String]) -> Recording {
        var series: [SeriesKey: SeriesSamples] = [:]
        series.reserveCapacity(table.keys.count)
        for (k, key) in table.keys.enumerated() where table.columns[k].count > 0 {
            series[key] = table.columns[k]
        }
        return Recording(
            manifest: manifest, series: series, summaries: summaries, windows: windows, blocks: blocks,
            conservation: conservation, failures: failures, calibration: calibration, decisions: decisions,
            partial: partial, end: end, perf: perf, warmupSamples: warmupSamples, recordsRead: recordsRead,
            skippedLines: skippedLines, diagnostics: diagnostics.map { $0.resolvingLineMarkers() },
            files: files, perfLogs: perfLogs)
    }
}
