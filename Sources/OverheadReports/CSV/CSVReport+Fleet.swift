import OverheadAnalysis

extension CSVReport {
    /// The fleet as one table: a row per host and scale (its total overhead, weight, own verdict,
    /// the others' prediction and whether it is odd), then per pooled scale a `pooled` row and a
    /// `new_host` row (the prediction interval) with the spread between hosts and the verdict.
    public func render(_ fleet: FleetAnalysis, options: ReportOptions) throws -> [UInt8] {
        var out = CSVText.record([
            "scale", "row", "host", "estimate", "lower", "upper", "confidence", "n", "weight_percent",
            "others_prediction_lower", "others_prediction_upper", "odd", "not_pooled_because", "tau_points",
            "i_squared_percent", "limit", "verdict",
        ])
        let limit = CSVText.number(fleet.targetOverheadPercent)
        for scale in fleet.scales {
            for e in scale.hosts {
                out += CSVText.record(
                    [String(scale.agentCount), "host", CSVText.text(fleet.hosts[e.host].label)]
                        + Self.estimateFields(e.overhead) + [
                            CSVText.number(e.weightPercent), CSVText.number(e.othersPrediction?.lower),
                            CSVText.number(e.othersPrediction?.upper), e.outlier?.rawValue ?? "",
                            CSVText.text(e.exclusion?.rawValue ?? ""), "", "", limit,
                            CSVText.text(e.verdict?.rawValue ?? ""),
                        ])
            }
            let verdict = { (id: String) in
                fleet.criteria.first { $0.id == id && $0.agentCount == scale.agentCount }?.verdict.rawValue ?? ""
            }
            guard let p = scale.pooled else { continue }
            let spread = [CSVText.number(p.tauPoints), CSVText.number(p.iSquaredPercent)]
            out += CSVText.record(
                [String(scale.agentCount), "pooled", ""] + Self.estimateFields(p.estimate)
                    + ["100", "", "", "", ""] + spread + [limit, verdict(FleetAnalyzer.pooledCriterion)])
            out += CSVText.record(
                [String(scale.agentCount), "new_host", ""] + Self.estimateFields(p.prediction)
                    + ["", "", "", "", ""] + spread + [limit, verdict(FleetAnalyzer.newHostCriterion)])
        }
        return Array(out.utf8)
    }

    static func estimateFields(_ e: Estimate?) -> [String] {
        [
            CSVText.number(e?.value), CSVText.number(e?.lower), CSVText.number(e?.upper),
            CSVText.number(e?.confidence), e.map { String($0.n) } ?? "",
        ]
    }
}
