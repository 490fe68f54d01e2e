import OverheadAnalysis

/// The sentences every report writes about a criterion, from the data the analysis gives: one
/// wording for console, HTML, JUnit and JSON.
enum CriterionText {
    /// `2.07% (95% CI 1.52 to 2.62%, 5 runs)`, or the value alone without an interval.
    static func measured(_ e: Estimate, unit: String, units: IntervalUnits = .runs) -> String {
        let suffix = EstimateText.unitSuffix(unit)
        var text = NumberText.compact(e.value, unit: unit) + suffix
        if let lower = e.lower, let upper = e.upper {
            let bounds = NumberText.compact(lower, unit: unit) + " to " + NumberText.compact(upper, unit: unit)
            text += " (\(NumberText.compact(e.confidence * 100))% CI \(bounds)\(suffix), \(e.n) \(units.rawValue))"
        }
        return text
    }

    /// One sentence: the measurement against the limit and what that means, or why the criterion
    /// was not evaluated; then the criterion's notes.
    static func detail(_ c: CriterionResult) -> String {
        var text = reason(c)
        if let failure = c.outrightFailure {
            text = c.basis.isThresholdOutcome ? outright(failure) + "; " + text : outright(failure)
        }
        for note in c.notes { text += "; " + self.note(note) }
        return text
    }

    /// True when `detail` already says what would decide an inconclusive criterion.
    static func detailHasHint(_ c: CriterionResult) -> Bool {
        c.verdict == .inconclusive
            && (c.minimumDetectableEffect != nil || c.additionalRunsNeeded != nil || c.intervalUnits != .runs)
    }

    /// `smallest detectable difference 0.36%; about 12 more runs needed to decide`.
    static func decisionHint(_ c: CriterionResult) -> String {
        var parts: [String] = []
        let unit = EstimateText.unitSuffix(c.unit)
        if let mde = c.minimumDetectableEffect {
            parts.append("smallest detectable difference \(EstimateText.value(mde, unit: c.unit))\(unit)")
        }
        if let runs = c.additionalRunsNeeded {
            parts.append("about \(runs) more run\(runs == 1 ? "" : "s") needed to decide")
        }
        return parts.isEmpty ? "more runs are needed to decide" : parts.joined(separator: "; ")
    }

    private static func reason(_ c: CriterionResult) -> String {
        let measuredText = c.measured.map { measured($0, unit: c.unit, units: c.intervalUnits) } ?? "no measurement"
        let limitText = "limit \(NumberText.compact(c.limit))\(EstimateText.unitSuffix(c.unit))"
        switch c.basis {
        case .notEvaluated(let why): return notEvaluated(why, title: c.title, unit: c.unit)
        case .noInterval: return "\(measuredText) has no interval (a single run or summaries only)"
        case .upperBoundBelowLimit: return "\(measuredText), \(limitText): upper bound below the limit"
        case .lowerBoundAboveLimit: return "\(measuredText), \(limitText): lower bound above the limit"
        case .intervalContainsLimit, .excludedBeforeAdjustment:
            var text = "\(measuredText), \(limitText): "
            if case .excludedBeforeAdjustment(let family) = c.basis {
                text += "the interval excludes the limit, but not after Holm–Bonferroni adjustment across "
                text += "\(family) criteria"
            } else {
                text += "the interval contains the limit"
            }
            if let mde = c.minimumDetectableEffect {
                text += "; smallest detectable difference ≈ "
                text += NumberText.compact(mde, unit: c.unit, signed: false) + EstimateText.unitSuffix(c.unit)
            }
            switch c.intervalUnits {
            case .perfSampleBatches: text += "; a longer recording would narrow it"
            case .hosts: text += "; more hosts would narrow it"
            case .runs:
                if let more = c.additionalRunsNeeded {
                    text += "; about \(more) more run\(more == 1 ? "" : "s") would decide it"
                }
            }
            return text
        }
    }

    static func notEvaluated(_ why: NotEvaluatedReason, title: String, unit: String) -> String {
        switch why {
        case .summariesOnly(let e):
            return "\(title) \(measured(e, unit: unit)) from summary records only; an interval needs raw samples"
        case .singleRun(let e):
            return "\(title) \(measured(e, unit: unit)) from a single run; an interval needs at least two"
        case .noFullIntegration: return "no full_integration/complete_operation measurements"
        case .tooFewPerfSamples: return "too few perf samples"
        case .tooFewPerfSamplesForInterval: return "too few perf samples for an interval"
        case .perfLogTooShort(let span, let needed):
            return "the perf log spans \(NumberText.compact(span)) s; a growth rate needs at least "
                + "\(NumberText.compact(needed)) s (record more runs or iterations)"
        case .noPerfLog: return "no perf log"
        case .emptyPerfLog: return "the perf log has no samples"
        case .tooFewHosts(let hosts, let needed):
            let what = needed >= 3 ? "a prediction for a new host" : "pooling"
            return "\(hosts) host\(hosts == 1 ? "" : "s") with an interval; \(what) needs at least \(needed)"
        case .soakTooShort(let span, let needed, let soak):
            return soak
                ? "the soak phase spans \(NumberText.compact(span)) s; a growth rate needs at least "
                    + "\(NumberText.compact(needed)) s (--soak)"
                : "no soak phase, and the perf log spans \(NumberText.compact(span)) s; a growth rate needs at least "
                    + "\(NumberText.compact(needed)) s (record with --soak \(NumberText.compact(needed + 10)))"
        }
    }

    static func note(_ note: CriterionNote) -> String {
        switch note {
        case .cpuExcludesRecorder: return "system-wide busy CPU minus the recorder's own share"
        case .recorderOutputExcluded(let maxMB):
            return "excluding the recorder's own output, \(NumberText.compact(maxMB)) MB at most"
        case .tmpfsPeak(let peak, let limit):
            return "peak \(NumberText.compact(peak)) MB (limit \(NumberText.compact(limit)) MB)"
        case .betweenHostSpread(let tau, let i2):
            return "between-host spread τ = \(NumberText.compact(tau)) points, I² = \(NumberText.compact(i2))%"
        case .systemUnderTest(let soak):
            return soak
                ? "the system under test's own figures during the soak phase"
                : "the system under test's own figures over the whole run (no soak phase)"
        case .hostWide:
            return "host-wide figure: the recording has no system-under-test columns, so other processes count too"
        case .largestComponent(let name, let percent):
            return "largest component \(name) \(NumberText.fixed(percent, 3))% of one core"
        case .growingPath(let path, let slope):
            return "fastest-growing path \(path) \(NumberText.signed(slope, 3)) MB/min"
        case .growingComponent(let name, let slope):
            return "fastest-growing component \(name) \(NumberText.signed(slope, 3)) MB/min"
        case .memoryIsPSS(let pss): return pss ? "PSS" : "RSS"
        }
    }

    static func outright(_ failure: OutrightFailure) -> String {
        switch failure {
        case .tmpfsPeakReachedLimit(let peak, let limit):
            return "peak \(NumberText.compact(peak)) MB reached the \(NumberText.compact(limit)) MB limit"
        }
    }
}

extension CriterionBasis {
    /// The interval was tested against the limit (PASS, FAIL or INCONCLUSIVE on its own).
    var isThresholdOutcome: Bool {
        switch self {
        case .notEvaluated, .noInterval: return false
        case .upperBoundBelowLimit, .lowerBoundAboveLimit, .intervalContainsLimit, .excludedBeforeAdjustment:
            return true
        }
    }
}
