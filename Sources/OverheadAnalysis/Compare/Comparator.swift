import Foundation
import OverheadFormat
import OverheadStats

/// Compares two recordings series by series. Pure.
///
/// Method: each run (block) of a series gives one mean; the change is Welch's interval for the
/// difference of the log block means (NEW − OLD), reported as (e^d − 1)·100 percent. The two
/// recordings share no blocks, so they are independent samples; logs make the change a ratio and
/// the noise symmetric. Blocks follow each other in time and the machine drifts between them, so
/// each side's variance gets the lag-1 autocorrelation (AR(1)) inflation with ONE autocorrelation
/// per recording, estimated from the common signal of all its series
/// (`MeanInterval.pooledLag1Autocorrelation`, used by `welchPercentChange(_:_:autocorrelationA:autocorrelationB:confidence:)`):
/// plain Welch on drifting block means called a steady build "regressed" 13–42% of the time in
/// simulation, and an autocorrelation estimated per series from ~10 runs widened intervals at
/// random (a 10% slowdown on a steady machine was found in 20 of 27 series instead of 27). With
/// only 2 runs on a side no autocorrelation is estimated (ρ = 0, plain Welch). Each row's interval
/// stands alone (no correction across rows): read a lone "regressed" among many rows with that in
/// mind; the exit code only counts regressions shown beyond `--max-regression`.
public enum Comparator {
    /// A recording whose pooled lag-1 autocorrelation of block means (bias-corrected,
    /// `MeanInterval.pooledLag1Autocorrelation`) is at least this drifts enough to warn about: at
    /// ρ = 0.5 the AR(1) inflation (1 + ρ)/(1 − ρ) triples the variance of the mean, so the
    /// recording holds about a third as many independent runs as it has.
    public static let driftWarningAutocorrelation = 0.5

    public static func compare(
        old: Recording, new: Recording, maxRegressionPercent: Double = 5,
        confidence: Double = 0.95
    ) throws(AnalysisError) -> RecordingComparison {
        try compare(
            old: Side(recording: old), new: Side(recording: new), maxRegressionPercent: maxRegressionPercent,
            confidence: confidence)
    }

    /// A recording kept in a history (its digest) as OLD against a parsed recording as NEW: the
    /// same comparison as of the two results files, since it reads only the block figures.
    public static func compare(
        old: RecordingDigest, new: Recording, maxRegressionPercent: Double = 5,
        confidence: Double = 0.95
    ) throws(AnalysisError) -> RecordingComparison {
        try compare(
            old: Side(digest: old), new: Side(recording: new), maxRegressionPercent: maxRegressionPercent,
            confidence: confidence)
    }

    /// What compare reads of one recording.
    struct Side {
        var table: LatencyTable
        var manifest: Manifest?
        var files: [String]

        init(recording: Recording) {
            table = LatencyTable(recording: recording, histogramBins: 0)
            manifest = recording.manifest
            files = recording.files
        }

        init(digest: RecordingDigest) {
            table = LatencyTable(digest: digest)
            manifest = digest.manifest
            files = digest.files
        }
    }

    static func compare(
        old: Side, new: Side, maxRegressionPercent: Double, confidence: Double
    ) throws(AnalysisError) -> RecordingComparison {
        guard confidence > 0, confidence < 1 else {
            throw .invalidOption("confidence must be between 0 and 1 (exclusive), got \(confidence)")
        }
        let a = old.table
        let b = new.table
        var rows: [ComparisonRow] = []
        var warnings = ManifestDifferences.between(old.manifest, new.manifest)
        let rhoOld = pooledAutocorrelation(a)
        let rhoNew = pooledAutocorrelation(b)
        let keysA = Set(a.keys)
        let keysB = Set(b.keys)
        for key in keysA.intersection(keysB).sorted() {
            let x = a.entry(key)!
            let y = b.entry(key)!
            let oldMeans = x.blocks.keys.sorted().map { x.blocks[$0]!.mean }
            let newMeans = y.blocks.keys.sorted().map { y.blocks[$0]!.mean }
            let change: Measured
            var compared = (old: x.statistics.mean, new: y.statistics.mean)
            if let interval = MeanInterval.welchPercentChange(
                oldMeans, newMeans, autocorrelationA: rhoOld.rho,
                autocorrelationB: rhoNew.rho, confidence: confidence)
            {
                change = Measured(interval)
                compared = (Self.geometricMean(oldMeans), Self.geometricMean(newMeans))
            } else {
                guard x.statistics.mean > 0, y.statistics.mean > 0 else { continue }
                change = Measured(
                    point: (y.statistics.mean / x.statistics.mean - 1) * 100,
                    n: Swift.min(oldMeans.count, newMeans.count))
            }
            let estimate = change.estimate(confidence: confidence)
            let verdict: ComparisonVerdict
            switch (estimate.lower, estimate.upper) {
            case (let lo?, _?) where lo > 0: verdict = .regressed
            case (_?, let hi?) where hi < 0: verdict = .improved
            case (_?, _?): verdict = .noSignificantChange
            default: verdict = .undetermined
            }
            rows.append(
                ComparisonRow(
                    testName: key.testName, operation: key.operation, agentCount: key.agentCount,
                    oldMeanMs: x.statistics.mean, newMeanMs: y.statistics.mean, oldComparedMs: compared.old,
                    newComparedMs: compared.new, change: estimate, verdict: verdict,
                    exceedsLimit: verdict == .regressed && (estimate.lower ?? 0) > maxRegressionPercent,
                    oldRuns: x.blocks.count, newRuns: y.blocks.count))
        }
        let onlyOld = keysA.subtracting(keysB).sorted()
        let onlyNew = keysB.subtracting(keysA).sorted()
        if !onlyOld.isEmpty { warnings.append(.onlyIn(.old, series: onlyOld.map(\.description))) }
        if !onlyNew.isEmpty { warnings.append(.onlyIn(.new, series: onlyNew.map(\.description))) }
        for (side, table) in [(ComparisonSide.old, a), (.new, b)] where table.source == .statisticsSummaries {
            warnings.append(.summariesOnly(side))
        }
        for (side, pooled) in [(ComparisonSide.old, rhoOld), (.new, rhoNew)]
        where pooled.series > 0 && pooled.rho >= driftWarningAutocorrelation {
            warnings.append(
                .drift(
                    side, autocorrelation: pooled.rho, series: pooled.series, threshold: driftWarningAutocorrelation))
        }
        for (side, table) in [(ComparisonSide.old, a), (.new, b)] {
            for case .limited(let part, let kept, let total) in table.limitWarnings {
                warnings.append(.limited(side, part, kept: kept, total: total))
            }
        }
        if rows.isEmpty { warnings.append(.nothingInCommon) }
        return RecordingComparison(
            oldFiles: old.files, newFiles: new.files, oldManifest: old.manifest, newManifest: new.manifest,
            rows: rows, maxRegressionPercent: maxRegressionPercent, confidence: confidence, warnings: warnings)
    }

    /// The recording's one lag-1 autocorrelation of log block means over all its series with at
    /// least 3 runs (every series, not only those in common: the drift is the machine's), grouped
    /// by agent count (each agent count's runs are recorded at their own time).
    static func pooledAutocorrelation(_ table: LatencyTable) -> (rho: Double, series: Int) {
        var groups: [Int: [[Double]]] = [:]
        for key in table.keys.sorted() {
            let blocks = table.entry(key)!.blocks
            let logs = blocks.keys.sorted().compactMap { run in
                blocks[run]!.mean > 0 ? Foundation.log(blocks[run]!.mean) : nil
            }
            if logs.count >= 3 { groups[key.agentCount, default: []].append(logs) }
        }
        let ordered = groups.keys.sorted().map { groups[$0]! }
        return (MeanInterval.pooledLag1Autocorrelation(ordered), ordered.reduce(0) { $0 + $1.count })
    }

    /// exp(mean(log x)) over the positive finite values: the run means the change compares.
    static func geometricMean(_ xs: [Double]) -> Double {
        let logs = xs.compactMap { $0 > 0 && $0.isFinite ? Foundation.log($0) : nil }
        guard !logs.isEmpty else { return .nan }
        return Foundation.exp(logs.reduce(0, +) / Double(logs.count))
    }
}
