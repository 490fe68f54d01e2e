import OverheadAnalysis

/// One overhead estimate or judged criterion as the exports list them: the per-scale overheads
/// (total, p95, p99 and each component) with the criterion that judged them, then the criteria that
/// judge something else (CPU, memory, tmpfs). One list, so every export names and orders them alike.
struct OverheadFigure: Sendable, Equatable {
    enum Kind: String, Sendable {
        /// Total, p95 or p99 overhead of full integration against the baseline.
        case overhead
        /// One component's attributed overhead.
        case component
        /// A criterion that judges a figure other than an overhead (CPU, memory, tmpfs).
        case criterion
    }

    var kind: Kind
    /// Agent count, or nil for a criterion over the whole recording.
    var scale: Int?
    /// `total_overhead`, `p95_overhead`, `p99_overhead`, a component (`metrics`, …) or a criterion id.
    var name: String
    var estimate: Estimate?
    var limit: Double?
    /// `%` for overheads; the criterion's unit otherwise.
    var unit: String
    /// The criterion's verdict (`PASS`, …) when one judged this figure; for a component without one,
    /// where its interval stands against its limit (`within limit`, `over limit`, …).
    var verdict: String?

    static func all(_ r: AnalysisResult) -> [OverheadFigure] {
        var used = Set<Int>()
        func judged(_ id: String, _ scale: Int) -> CriterionResult? {
            guard let i = r.criteria.firstIndex(where: { $0.id == id && $0.agentCount == scale }) else { return nil }
            used.insert(i)
            return r.criteria[i]
        }
        var figures: [OverheadFigure] = []
        for s in r.scales {
            let overall: [(String, String, Estimate?)] = [
                ("total_overhead", "total_overhead", s.total), ("p95_overhead", "p95_stable", s.p95Overhead),
                ("p99_overhead", "p99_stable", s.p99Overhead),
            ]
            for (name, criterion, estimate) in overall {
                let c = judged(criterion, s.agentCount)
                guard estimate != nil || c != nil else { continue }
                figures.append(
                    OverheadFigure(
                        kind: .overhead, scale: s.agentCount, name: name, estimate: estimate ?? c?.measured,
                        limit: c?.limit, unit: "%", verdict: c?.verdict.rawValue))
            }
            for c in ReportFacts.fixedOrder(s.components) {
                figures.append(
                    OverheadFigure(
                        kind: .component, scale: s.agentCount, name: c.component.rawValue, estimate: c.overhead,
                        limit: c.limitPercent, unit: "%",
                        verdict: LimitStatus(c.overhead, limit: c.limitPercent).rawValue))
            }
        }
        for (i, c) in r.criteria.enumerated() where !used.contains(i) {
            figures.append(
                OverheadFigure(
                    kind: .criterion, scale: c.agentCount, name: c.id, estimate: c.measured, limit: c.limit,
                    unit: c.unit, verdict: c.verdict.rawValue))
        }
        return figures
    }
}
