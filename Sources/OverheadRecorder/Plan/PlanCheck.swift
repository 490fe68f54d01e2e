import OverheadFormat

/// What a plan will do before it runs, so a run that cannot give good figures is said to be one
/// before it starts: inboxes overfilled by the tests that send without receiving, and a time
/// budget too small for the plan. Pure; `Recorder` prints the findings (or refuses with
/// `--strict-plan`).
enum PlanCheck {
    /// Tests that leave every message they send in the recipients' inboxes until the window ends
    /// (the metrics and full-integration windows receive each message, as the baseline does).
    static let accumulatingTests: [TestName] = [.rateLimitingIntegration]

    /// One sentence per scale whose windows put more messages into an inbox than it holds.
    static func inboxFindings(_ run: RunConfiguration, capacity: Int) -> [String] {
        run.scaleLevels.compactMap { agents in
            // Round-robin: agent i sends to agent i+1, so each inbox receives iterations/agents.
            let perInbox = (run.iterations + agents - 1) / agents
            guard perInbox > capacity else { return nil }
            let names = accumulatingTests.map(\.rawValue).joined(separator: ", ")
            return "at \(agents) agent\(agents == 1 ? "" : "s") a window of \(run.iterations) iterations puts "
                + "\(perInbox) messages into each inbox, over its capacity of \(capacity): \(names) will evict "
                + "or refuse messages and measure that instead (use --iterations \(capacity * agents) or fewer)"
        }
    }

    /// Timed operations of the whole plan (warm-up blocks included).
    static func totalOperations(_ run: RunConfiguration) -> Int {
        let blocks = run.warmupRuns + run.statisticalRuns
        return run.scaleLevels.reduce(0) { sum, agents in
            sum + blocks * operationsPerBlock(run, agents: agents)
        }
    }

    /// Timed operations of one block at `agents` agents: every test's window once.
    static func operationsPerBlock(_ run: RunConfiguration, agents: Int) -> Int {
        Workload.tests(run).reduce(0) { $0 + Workload.expectedSamples($1, agents: agents, iterations: run.iterations) }
    }

    /// A sentence when the plan, at `secondsPerOperation`, needs more than the time budget.
    static func timeFinding(_ run: RunConfiguration, secondsPerOperation: Double) -> String? {
        guard let budget = run.timeoutSeconds, secondsPerOperation > 0 else { return nil }
        let needed = Double(totalOperations(run)) * secondsPerOperation
        guard needed > budget else { return nil }
        return "the plan's \(totalOperations(run)) operations need about \(Int(needed.rounded())) s at "
            + "\(Self.milliseconds(secondsPerOperation)) ms each (measured before the suite), more than the "
            + "--timeout of \(Int(budget)) s: the run will stop early"
    }

    static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return ms >= 1 ? String(Int(ms.rounded())) : String((ms * 1000).rounded() / 1000)
    }
}
