import OverheadAnalysis

/// The sentence each warning reads as, in every report.
enum WarningText {
    static func sentence(_ w: AnalysisWarning) -> String {
        switch w {
        case .summariesOnly:
            return "No raw samples: figures come from the recording's \"statistics\" summary records (original tool "
                + "layout); confidence intervals are unavailable and criteria that need them are not evaluated."
        case .partialRecording(let reason, let detail):
            return "Partial recording (\(reason)): \(detail). Figures cover only what was measured before it stopped."
        case .noEndRecord: return "The recording has no end record: it may have been cut short."
        case .malformedLinesSkipped(let n):
            return "\(n) malformed line\(n == 1 ? " was" : "s were") skipped; the figures exclude "
                + "\(n == 1 ? "it" : "them")."
        case .tooNoisy(let agents, let difference):
            return "The A/A control at \(ReportFacts.agents(agents)) differs from the baseline by "
                + "\(CriterionText.measured(difference, unit: "%")): the machine was too noisy to trust small differences."
        case .singleRun(let agents):
            return "Only one run at \(ReportFacts.agents(agents)): no confidence intervals there."
        case .twoRuns(let counts):
            let plural = counts.count > 1 || counts.first != 1
            return "Only 2 runs at \(counts.map(String.init).joined(separator: ", ")) agent\(plural ? "s" : ""): "
                + "intervals from 2 runs are very wide; record ≥ 5 runs (--runs) for verdicts."
        case .noFullIntegration(let agents):
            return "No full_integration measurements at \(agents) agents: total overhead unknown there."
        case .unbalancedWindows(let unbalanced, let windows):
            return "\(unbalanced) of \(windows) test windows lost or duplicated messages "
                + "(sent ≠ received + drained + evicted)."
        case .evictions(let n): return "\(n) messages were evicted from full inboxes."
        case .failedOperations(let n):
            return "\(n) operation\(n == 1 ? "" : "s") failed and \(n == 1 ? "is" : "are") excluded from the "
                + "latencies; see the failures table."
        case .superlinearGrowth(let exponent):
            return "Overhead cost grows faster than linearly with the agent count (exponent "
                + "\(CriterionText.measured(exponent, unit: "")))."
        case .stoppedUndecided(let blocks, let detail):
            return "The stopping rule ran out of budget after \(blocks) blocks before every criterion was decided: "
                + detail
        case .driverCost(let noop, let share, let agents):
            return "The driver's own cost (no-op median \(NumberText.compact(noop)) ms) is "
                + "\(NumberText.compact(share))% of the baseline send at \(agents) agents: every latency includes it, "
                + "so relative overheads are understated by up to that share."
        case .callFloorNearLayerCost(let floor, let components):
            let names = components.map(ReportFacts.name).joined(separator: ", ")
            return
                "A bash function call costs \(NumberText.compact(floor)) ms as every sample is timed (the call floor); "
                + "that is at least a tenth of the per-message cost of \(names): overheads that small cannot be told "
                + "from the cost of calling a function."
        case .libraryStderr(let lines, let log, let first):
            return "The library wrote \(lines) line\(lines == 1 ? "" : "s") to stderr during the run (\(log)); first: "
                + first.joined(separator: " | ")
        case .busyHost(let other):
            return "Busy host: other processes used \(NumberText.fixed(other, 1))% of the machine's CPU during the "
                + "measured windows; they add noise to every latency (the CPU, memory and tmpfs verdicts leave them out)."
        case .cpuColumnsDisagree:
            return "The perf log's system CPU averages below the recorder's own share of the machine; the CPU "
                + "criterion uses the system-wide figure."
        case .noBaseline(let counts):
            return "No baseline/message_send at \(counts.map(String.init).joined(separator: ", ")) agents: those "
                + "scales are not analysed."
        case .noPerfLog: return "No perf log: CPU, memory and tmpfs criteria are not evaluated."
        case .emptyPerfLog(let files):
            return "The perf log (\(files.joined(separator: ", "))) has no samples: CPU, memory and tmpfs criteria are "
                + "not evaluated. For short runs record with --sample-interval 0.05."
        case .fewPerfSamples(let n):
            return
                "The perf log has only \(n) sample\(n == 1 ? "" : "s"): resource figures and their intervals rest on "
                + "very few points. For short runs record with --sample-interval 0.05 (the default is one sample per "
                + "second)."
        case .conservationCountsOverflow:
            return "The conservation records' message counts add up beyond \(Int.max): they are implausible (a "
                + "corrupt or edited recording); totals are shown capped and the difference is not computed."
        case .summaryCountsOverflow(let series, let first):
            return "The statistics records of \(series == 1 ? first : "\(series) series (e.g. \(first))") claim more "
                + "than \(Int.max) samples in total: implausible (a corrupt or edited recording); the count is "
                + "shown capped."
        case .sampleCountMismatch(let claimed, let found):
            return "The end record claims \(claimed) sample\(claimed == 1 ? "" : "s") but the file holds \(found): "
                + "it was cut, edited or concatenated; the figures use the samples found."
        case .unusableLatencies(let counts):
            return "No usable full_integration/baseline pair at \(counts.map(String.init).joined(separator: ", ")) "
                + "agent\(counts == [1] ? "" : "s"): every block has a zero or non-finite latency, so no ratio to the "
                + "baseline exists and the total overhead there is unknown."
        case .limited(let part, let kept, let total):
            return "The recording has \(total) \(part.rawValue): only \(kept) are analysed and shown, "
                + "\(total - kept) more are not (a limit of the analyzer; a real suite has far fewer)."
        }
    }

    static func sentence(_ w: ComparisonWarning) -> String {
        func changes(_ list: [ManifestChange]) -> String {
            list.map { "\($0.name) \($0.old) → \($0.new)" }.joined(separator: "; ")
        }
        switch w {
        case .oneManifestMissing: return "Only one recording has a manifest: host and configuration cannot be compared."
        case .differentHosts(let list): return "The recordings come from different hosts: \(changes(list))."
        case .differentConfigurations(let list):
            return "The recordings used different configurations: \(changes(list))."
        case .onlyIn(let side, let series):
            return "Only in \(side.rawValue) (not compared): \(series.joined(separator: ", "))"
        case .summariesOnly(let side):
            return "\(side.rawValue) has only summary records: changes have no interval and no verdict."
        case .drift(let side, let rho, let series, let threshold):
            let f = { (v: Double) in NumberText.compact((v * 100).rounded() / 100) }
            return "\(side.rawValue)'s run means drift from run to run: lag-1 autocorrelation \(f(rho)) pooled over "
                + "\(series) series (warning from \(f(threshold))). The intervals are widened for it, but more runs, or "
                + "recording OLD and NEW alternately, would give firmer verdicts."
        case .nothingInCommon: return "The recordings have no (test, operation, agent count) in common."
        case .limited(let side, let part, let kept, let total):
            return "\(side.rawValue) has \(total) \(part.rawValue): only \(kept) are compared (a limit of the "
                + "analyzer; a real suite has far fewer)."
        }
    }
}
