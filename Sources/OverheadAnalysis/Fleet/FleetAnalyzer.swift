import OverheadFormat
import OverheadStats

/// Pools the total overhead of many recordings, one per host, per agent count. Pure.
///
/// Each recording is analysed alone (`Analyzer.analyze`, so every per-host figure is the one its
/// own report shows); per scale, the hosts' log-ratio estimates θᵢ with their standard errors
/// enter a random-effects model (`OverheadStats.RandomEffects`: REML τ², Hartung–Knapp–Sidik–
/// Jonkman interval with k − 1 df, prediction interval with k − 2 df). Each host is then checked
/// against the prediction interval of the others at 1 − α/k (`FleetPooling.leaveOneOut`). The verdicts,
/// pooled total and new host per scale, form one Holm–Bonferroni family like an analysis's
/// criteria. See the Fleet article for the method and its simulation.
public enum FleetAnalyzer {
    /// The τ² estimator the fleet uses.
    public static let estimator = TauSquaredEstimator.restrictedMaximumLikelihood

    /// Throws when a recording cannot be analysed at all (no baseline) or an option is invalid;
    /// an empty list is an invalid option.
    public static func analyze(_ recordings: [Recording], options: AnalysisOptions = AnalysisOptions())
        throws(AnalysisError) -> FleetAnalysis
    {
        guard !recordings.isEmpty else { throw .invalidOption("a fleet needs at least one recording") }
        var analysed: [(result: AnalysisResult, measures: [ScaleMeasures])] = []
        for recording in recordings {
            analysed.append(try Analyzer.analyzeKeepingMeasures(recording, options: options))
        }
        let hosts = Self.hosts(recordings)
        let c = options.confidence
        let agentCounts = Set(analysed.flatMap { $0.measures.map(\.agentCount) }).sorted()
        var scales: [FleetScale] = []
        var poolings: [Int: FleetPooling] = [:]
        for agents in agentCounts {
            var estimates: [FleetHostEstimate] = []
            var effects: [(index: Int, effect: HostEffect)] = []
            for (i, a) in analysed.enumerated() {
                let measure = a.measures.first { $0.agentCount == agents }?.total
                let verdict = a.result.criteria.first { $0.id == "total_overhead" && $0.agentCount == agents }?.verdict
                var entry = FleetHostEstimate(
                    host: i, overhead: measure?.estimate(confidence: c), verdict: verdict, exclusion: nil,
                    weightPercent: nil, othersPrediction: nil, outlier: nil)
                if measure == nil {
                    entry.exclusion = .notMeasured
                } else if let interval = measure?.measured.interval, let effect = HostEffect(interval) {
                    if effect.standardError > 0 {
                        effects.append((i, effect))
                    } else {
                        entry.exclusion = .noSpread
                    }
                } else {
                    entry.exclusion = .noInterval
                }
                estimates.append(entry)
            }
            var pooled: FleetPooled?
            let list = effects.map(\.effect)
            if let pooling = FleetPooling(list, confidence: c, estimator: estimator) {
                pooled = pooling.summary
                poolings[agents] = pooling
                let weights = pooling.weightPercents(list)
                for (k, item) in effects.enumerated() {
                    estimates[item.index].weightPercent = weights[k]
                    let check = FleetPooling.leaveOneOut(list, index: k, confidence: c, estimator: estimator)
                    estimates[item.index].othersPrediction = check.prediction.map {
                        Measured($0).estimate(confidence: $0.confidence)
                    }
                    estimates[item.index].outlier = check.outlier
                }
            }
            scales.append(FleetScale(agentCount: agents, hosts: estimates, pooled: pooled))
        }
        let criteria = Self.criteria(scales, poolings: poolings, options: options)
        let warnings = Self.warnings(recordings: recordings, hosts: hosts, scales: scales)
        return FleetAnalysis(
            hosts: hosts, scales: scales, criteria: criteria, warnings: warnings, confidence: c,
            targetOverheadPercent: options.limitPercent(.total), tauSquaredEstimator: estimator.rawValue)
    }

    /// The hosts with their labels: the hostname when no other recording has it, else the file.
    static func hosts(_ recordings: [Recording]) -> [FleetHost] {
        var counts: [String: Int] = [:]
        for r in recordings { if let name = r.manifest?.host.hostname { counts[name, default: 0] += 1 } }
        return recordings.map { r in
            let name = r.manifest?.host.hostname
            let file = r.files.joined(separator: ", ")
            let label = name.flatMap { !$0.isEmpty && counts[$0] == 1 ? $0 : nil } ?? file
            return FleetHost(
                label: label, hostname: name, files: r.files, perfLogs: r.perfLogs, manifest: r.manifest,
                linesSkipped: r.skippedLines)
        }
    }
}
