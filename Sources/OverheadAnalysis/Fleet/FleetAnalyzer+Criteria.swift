import OverheadFormat
import OverheadStats

extension FleetAnalyzer {
    /// The fleet's verdicts: per scale the pooled total overhead and the prediction for a new
    /// host, each against the total-overhead target; judged as one family like an analysis's
    /// criteria (`CriteriaEvaluation`), with hosts as the units behind the intervals.
    static func criteria(_ scales: [FleetScale], poolings: [Int: FleetPooling], options: AnalysisOptions)
        -> [CriterionResult]
    {
        let limit = options.limitPercent(.total)
        var specs: [CriteriaEvaluation.Spec] = []
        for scale in scales {
            let k = scale.pooled?.hosts ?? scale.hosts.filter { $0.exclusion == nil }.count
            var pooled = CriteriaEvaluation.Spec(
                id: Self.pooledCriterion, title: "Fleet total overhead", agentCount: scale.agentCount, limit: limit,
                unit: "%")
            var next = CriteriaEvaluation.Spec(
                id: Self.newHostCriterion, title: "New host total overhead", agentCount: scale.agentCount,
                limit: limit, unit: "%")
            pooled.intervalUnits = .hosts
            next.intervalUnits = .hosts
            if let p = scale.pooled, let pooling = poolings[scale.agentCount] {
                pooled.measured = Measured(pooling.pooledInterval)
                next.notes = [.betweenHostSpread(tauPoints: p.tauPoints, iSquaredPercent: p.iSquaredPercent)]
                if let prediction = pooling.predictionInterval {
                    next.measured = Measured(prediction)
                } else {
                    next.notEvaluated = .tooFewHosts(hosts: p.hosts, needed: 3)
                }
            } else {
                pooled.notEvaluated = .tooFewHosts(hosts: k, needed: 2)
                next.notEvaluated = .tooFewHosts(hosts: k, needed: 3)
            }
            specs += [pooled, next]
        }
        var results = CriteriaEvaluation.judge(specs, confidence: options.confidence)
        // More hosts narrow the pooled interval but not τ: no "runs needed" from the block formula.
        for i in results.indices { results[i].additionalRunsNeeded = nil }
        return results
    }

    /// Criterion ids, defined once for every report.
    public static let pooledCriterion = "fleet_total_overhead"
    public static let newHostCriterion = "fleet_new_host"
}
