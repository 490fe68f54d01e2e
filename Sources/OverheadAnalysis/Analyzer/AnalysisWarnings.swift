import OverheadFormat

/// Caveats travel as data: each is one sentence the reports print as given.
enum AnalysisWarnings {
    /// Below this many perf samples the resource intervals cannot use their 10 batches
    /// (`ResourceAnalysis.batches`), so the reader is told to sample faster.
    static let fewPerfSamples = ResourceAnalysis.batches

    static func collect(
        recording: Recording, result: AnalysisResult, measures: [ScaleMeasures], resources: ResourceAnalysis?,
        scalesWithoutBaseline: [Int]
    ) -> [String] {
        var w: [String] = []
        if result.inputs.source == .statisticsSummaries {
            w.append(
                "No raw samples: figures come from the recording's \"statistics\" summary records (original tool layout); confidence intervals are unavailable and criteria that need them are not evaluated."
            )
        }
        if let p = recording.partial {
            w.append(
                "Partial recording (\(p.reason)): \(p.detail). Figures cover only what was measured before it stopped.")
        } else if recording.manifest != nil && recording.end == nil {
            w.append("The recording has no end record: it may have been cut short.")
        }
        if recording.skippedLines > 0 {
            w.append(
                "\(recording.skippedLines) malformed line\(recording.skippedLines == 1 ? " was" : "s were") skipped; the figures exclude \(recording.skippedLines == 1 ? "it" : "them")."
            )
        }
        for n in result.noiseFloor where n.tooNoisy {
            w.append(
                "The A/A control at \(n.agentCount) agent\(n.agentCount == 1 ? "" : "s") differs from the baseline by \(CriteriaEvaluation.describe(n.difference, unit: "%")): the machine was too noisy to trust small differences."
            )
        }
        if result.inputs.source == .rawSamples {
            for m in measures where (m.total?.measured.n ?? 2) < 2 {
                w.append(
                    "Only one run at \(m.agentCount) agent\(m.agentCount == 1 ? "" : "s"): no confidence intervals there."
                )
            }
            let few = measures.compactMap { m -> (agents: Int, runs: Int)? in
                guard let n = m.total?.measured.n, n == 2 else { return nil }  // one run already has its own warning
                return (m.agentCount, n)
            }
            if !few.isEmpty {
                let agents = few.map { String($0.agents) }.joined(separator: ", ")
                let plural = few.count > 1 || few[0].agents != 1
                w.append(
                    "Only 2 runs at \(agents) agent\(plural ? "s" : ""): intervals from 2 runs are very wide; record ≥ 5 runs (--runs) for verdicts."
                )
            }
        }
        for m in measures {
            if m.total == nil {
                w.append("No full_integration measurements at \(m.agentCount) agents: total overhead unknown there.")
            }
        }
        if result.conservation.unbalanced > 0 {
            w.append(
                "\(result.conservation.unbalanced) of \(result.conservation.windows) test windows lost or duplicated messages (sent ≠ received + drained + evicted)."
            )
        }
        if result.conservation.evicted > 0 {
            w.append("\(result.conservation.evicted) messages were evicted from full inboxes.")
        }
        let failed = result.failures.reduce(0) { $0 + $1.count }
        if failed > 0 {
            w.append(
                "\(failed) operation\(failed == 1 ? "" : "s") failed and \(failed == 1 ? "is" : "are") excluded from the latencies; see the failures table."
            )
        }
        if let s = result.scaling, s.superlinear {
            w.append(
                "Overhead cost grows faster than linearly with the agent count (exponent \(CriteriaEvaluation.describe(s.growthExponent!, unit: "")))."
            )
        }
        for d in recording.decisions where !d.decided {
            w.append(
                "The stopping rule ran out of budget after \(d.blocks) blocks before every criterion was decided: \(d.detail)"
            )
        }
        if let cal = recording.calibration, let base = result.scales.first?.baselineMeanMs, base > 0,
            cal.noopMedianMs / base > 0.1
        {
            let share = CriteriaEvaluation.format(cal.noopMedianMs / base * 100)
            w.append(
                "The driver's own cost (no-op median \(CriteriaEvaluation.format(cal.noopMedianMs)) ms) is \(share)% of the baseline send at \(result.scales[0].agentCount) agents: every latency includes it, so relative overheads are understated by up to that share."
            )
        }
        if resources?.cpuColumnsDisagree == true {
            w.append(
                "The perf log's system CPU averages below the recorder's own share of the machine; the CPU criterion uses the system-wide figure."
            )
        }
        if !scalesWithoutBaseline.isEmpty {
            w.append(
                "No baseline/message_send at \(scalesWithoutBaseline.map(String.init).joined(separator: ", ")) agents: those scales are not analysed."
            )
        }
        if result.resources == nil {
            if recording.perfLogs.isEmpty {
                w.append("No perf log: CPU, memory and tmpfs criteria are not evaluated.")
            } else {
                let names = recording.perfLogs.joined(separator: ", ")
                w.append(
                    "The perf log (\(names)) has no samples: CPU, memory and tmpfs criteria are not evaluated. For short runs record with --sample-interval 0.05."
                )
            }
        } else if recording.perf.count < fewPerfSamples {
            let n = recording.perf.count
            w.append(
                "The perf log has only \(n) sample\(n == 1 ? "" : "s"): resource figures and their intervals rest on very few points. For short runs record with --sample-interval 0.05 (the default is one sample per second)."
            )
        }
        return w
    }
}
