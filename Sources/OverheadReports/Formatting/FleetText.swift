import OverheadAnalysis

/// The words and numbers of the fleet view, shared by every report that shows one.
enum FleetText {
    static func exclusion(_ e: FleetExclusion) -> String {
        switch e {
        case .notMeasured: return "not measured"
        case .noInterval: return "no interval: one run or summary records only"
        case .noSpread: return "every run gave the same overhead: no standard error to weigh it by"
        }
    }

    /// `above the others (prediction -0.12 to 4.31%)`.
    static func outlier(_ side: FleetOutlier, prediction: Estimate?) -> String {
        var text = side == .above ? "above the others" : "below the others"
        if let p = prediction, let lower = p.lower, let upper = p.upper {
            let level = NumberText.plain((p.confidence * 10000).rounded() / 100)
            text += " (their \(level)% prediction \(NumberText.percentNumber(lower)) to "
            text += NumberText.percent(upper) + ")"
        }
        return text
    }

    /// What a host's row says about it: odd, not pooled and why, or nothing.
    static func note(_ e: FleetHostEstimate) -> String {
        if let side = e.outlier { return "ODD: " + outlier(side, prediction: e.othersPrediction) }
        if let why = e.exclusion { return "not pooled: " + exclusion(why) }
        return ""
    }

    /// `Odd hosts: odd-host above the others at 1 agent and 10 agents.`, nil when none is odd.
    static func oddHosts(_ f: FleetAnalysis) -> String? {
        var scalesByHost: [Int: [(Int, FleetOutlier)]] = [:]
        for scale in f.scales {
            for e in scale.outliers { scalesByHost[e.host, default: []].append((scale.agentCount, e.outlier!)) }
        }
        guard !scalesByHost.isEmpty else { return nil }
        let parts = scalesByHost.keys.sorted().map { host -> String in
            let list = scalesByHost[host]!
            let sides = Set(list.map(\.1.rawValue)).sorted().joined(separator: " and ")
            return "\(f.hosts[host].label) \(sides) the others at "
                + list.map { ReportFacts.agents($0.0) }.joined(separator: ", ")
        }
        return "Odd host\(parts.count == 1 ? "" : "s"): " + parts.joined(separator: "; ") + "."
    }

    /// `τ = 0.92 points · I² = 63% · Q = 51.3 (19 df)`.
    static func spread(_ p: FleetPooled) -> String {
        "τ = \(NumberText.compact(p.tauPoints)) points · I² = \(NumberText.compact(p.iSquaredPercent))% · "
            + "Q = \(NumberText.compact(p.cochranQ)) (\(p.hosts - 1) df)"
    }

    /// The method in one line, for the reports' footnotes.
    static func method(_ f: FleetAnalysis) -> String {
        "Random-effects pooling of the hosts' log-ratio estimates: \(f.tauSquaredEstimator) τ², "
            + "Hartung–Knapp–Sidik–Jonkman interval (t, k − 1 df), prediction interval for a new host "
            + "(t, k − 2 df); a host is odd when its own interval lies wholly outside the other hosts' "
            + "prediction interval at 1 − α/k. Intervals are \(NumberText.compact(f.confidence * 100))%."
    }

    /// The pooled-verdict line: `Fleet total overhead · New host total overhead`.
    static func criterionLabel(_ c: CriterionResult) -> String {
        c.id == FleetAnalyzer.newHostCriterion ? "New host (prediction)" : "Fleet (pooled)"
    }
}
