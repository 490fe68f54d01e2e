import OverheadSimulation
import OverheadStats

/// Coverage of the 95% intervals and verdict rates of every estimator method, per component,
/// noise level, block count and true overhead.
enum CoverageTable {
    static func make(_ settings: SweepSettings) -> SweepSection {
        let methods = PairedOverhead.Method.allCases
        var table = MarkdownTable([
            "component", "noise", "blocks", "true%", "limit%", "method", "coverage", "PASS", "FAIL", "INCONCL",
            "mean est", "mean width",
        ])
        for component in settings.components {
            let (limit, truths) = limitAndTruths(component, settings)
            for (name, noise) in settings.noises {
                for blocks in settings.coverageBlocks {
                    for truePercent in truths {
                        let scenario = CalibrationScenario(
                            component: component, truePercent: truePercent, limit: limit, blocks: blocks,
                            noise: noise, recordings: settings.recordings, seed: 0xC0FFEE &+ UInt64(blocks))
                        let outcomes = Calibration.run(scenario, methods: methods)
                        for method in methods {
                            let o = outcomes[method] ?? CalibrationOutcome()
                            table.add([
                                component.rawValue, name, "\(blocks)", fixed(truePercent), fixed(limit),
                                method.rawValue, fixed(o.coverage), fixed(o.passRate), fixed(o.failRate),
                                fixed(o.inconclusiveRate), fixed(o.meanEstimate), fixed(o.meanWidth),
                            ])
                        }
                    }
                }
            }
        }
        return SweepSection(
            title: "Coverage of 95% intervals and verdict rates (\(settings.recordings) recordings per row)",
            explanation: """
                Share of recordings whose 95% interval contains the true overhead, and the verdicts against the \
                limit. Limits are the original tool's: total (metrics) 1%, health 0.3%, rate limiting 0.2%; \
                the A/A control's truth is 0. Seed 0xC0FFEE + blocks.
                """,
            table: table)
    }

    /// The original's limits, and true values on both sides of each.
    static func limitAndTruths(_ component: CalibrationScenario.Component, _ settings: SweepSettings) -> (
        Double, [Double]
    ) {
        switch component {
        case .metrics: (1, settings.metricsTruths)
        case .control: (1, [0])
        case .health: (0.3, [0.1, 0.5])
        case .rateLimiting: (0.2, [0.1, 0.4])
        }
    }
}
