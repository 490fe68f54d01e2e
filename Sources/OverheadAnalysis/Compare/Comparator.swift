import Foundation
import OverheadFormat
import OverheadStats

/// Compares two recordings series by series. Pure.
///
/// Method: each run (block) of a series gives one mean; the change is Welch's interval for the
/// difference of the log block means (NEW − OLD), reported as (e^d − 1)·100 percent. The two
/// recordings share no blocks, so they are independent samples; logs make the change a ratio and
/// the noise symmetric. Each row's interval stands alone (no correction across rows): read a lone
/// "regressed" among many rows with that in mind; the exit code only counts regressions shown
/// beyond `--max-regression`.
public enum Comparator {
    public static func compare(old: Recording, new: Recording, maxRegressionPercent: Double = 5,
                               confidence: Double = 0.95) throws(AnalysisError) -> RecordingComparison {
        guard confidence > 0, confidence < 1 else {
            throw .invalidOption("confidence must be between 0 and 1 (exclusive), got \(confidence)")
        }
        let a = LatencyTable(recording: old, histogramBins: 0)
        let b = LatencyTable(recording: new, histogramBins: 0)
        var rows: [ComparisonRow] = []
        var warnings = ManifestDifferences.between(old.manifest, new.manifest)
        let keysA = Set(a.keys), keysB = Set(b.keys)
        for key in keysA.intersection(keysB).sorted() {
            let x = a.entry(key)!, y = b.entry(key)!
            let oldMeans = x.blocks.keys.sorted().map { x.blocks[$0]!.mean }
            let newMeans = y.blocks.keys.sorted().map { y.blocks[$0]!.mean }
            let change: Measured
            if let interval = MeanInterval.welchPercentChange(oldMeans, newMeans, confidence: confidence) {
                change = Measured(interval)
            } else {
                guard x.statistics.mean > 0, y.statistics.mean > 0 else { continue }
                change = Measured(point: (y.statistics.mean / x.statistics.mean - 1) * 100, n: Swift.min(oldMeans.count, newMeans.count))
            }
            let estimate = change.estimate(confidence: confidence)
            let verdict: ComparisonVerdict
            switch (estimate.lower, estimate.upper) {
            case let (lo?, _?) where lo > 0: verdict = .regressed
            case let (_?, hi?) where hi < 0: verdict = .improved
            case (_?, _?): verdict = .noSignificantChange
            default: verdict = .undetermined
            }
            rows.append(ComparisonRow(testName: key.testName, operation: key.operation, agentCount: key.agentCount,
                                      oldMeanMs: x.statistics.mean, newMeanMs: y.statistics.mean, change: estimate, verdict: verdict,
                                      exceedsLimit: verdict == .regressed && (estimate.lower ?? 0) > maxRegressionPercent,
                                      oldRuns: x.blocks.count, newRuns: y.blocks.count))
        }
        let onlyOld = keysA.subtracting(keysB).sorted(), onlyNew = keysB.subtracting(keysA).sorted()
        if !onlyOld.isEmpty { warnings.append("Only in OLD (not compared): \(onlyOld.map(\.description).joined(separator: ", "))") }
        if !onlyNew.isEmpty { warnings.append("Only in NEW (not compared): \(onlyNew.map(\.description).joined(separator: ", "))") }
        for (name, table) in [("OLD", a), ("NEW", b)] where table.source == .statisticsSummaries {
            warnings.append("\(name) has only summary records: changes have no interval and no verdict.")
        }
        if rows.isEmpty { warnings.append("The recordings have no (test, operation, agent count) in common.") }
        return RecordingComparison(oldFiles: old.files, newFiles: new.files, oldManifest: old.manifest, newManifest: new.manifest,
                                   rows: rows, maxRegressionPercent: maxRegressionPercent, confidence: confidence, warnings: warnings)
    }
}
