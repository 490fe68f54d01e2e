import OverheadFormat

extension LatencyTable {
    /// The series an analysis keeps (`AnalysisLimits`): those at the smallest `maxScales` agent
    /// counts, of which every suite series and the first `maxOtherSeries` others in key order.
    /// Chosen before any statistic is computed, so the left-out series cost nothing but their reading.
    struct Selection: Sendable {
        var keys: [SeriesKey]
        var scales: (kept: Int, total: Int)
        var otherSeries: (kept: Int, total: Int)
    }

    static let suiteSeries: Set<[String]> = Set(
        TestName.allCases.flatMap { test in test.operations.map { [test.rawValue, $0.rawValue] } })

    static func select(
        _ keys: [SeriesKey], maxScales: Int = AnalysisLimits.maxScales,
        maxOtherSeries: Int = AnalysisLimits.maxOtherSeries
    ) -> Selection {
        let counts = Set(keys.map(\.agentCount)).sorted()
        let keptCounts = Set(counts.prefix(maxScales))
        var kept: [SeriesKey] = []
        var others = 0
        var othersKept = 0
        for key in keys.sorted() where keptCounts.contains(key.agentCount) {
            if suiteSeries.contains([key.testName, key.operation]) {
                kept.append(key)
                continue
            }
            others += 1
            if othersKept < maxOtherSeries {
                othersKept += 1
                kept.append(key)
            }
        }
        return Selection(
            keys: kept, scales: (keptCounts.count, counts.count), otherSeries: (othersKept, others))
    }

    /// What the selection left out, as warnings.
    var limitWarnings: [AnalysisWarning] {
        var w: [AnalysisWarning] = []
        if selection.scales.kept < selection.scales.total {
            w.append(.limited(.agentCounts, kept: selection.scales.kept, total: selection.scales.total))
        }
        if selection.otherSeries.kept < selection.otherSeries.total {
            w.append(.limited(.otherSeries, kept: selection.otherSeries.kept, total: selection.otherSeries.total))
        }
        return w
    }
}
