import OverheadSimulation

/// P95 and P99 overheads: the same estimator on per-block percentiles.
enum TailTable {
    static func make(_ settings: SweepSettings) -> SweepSection {
        let recordings = settings.halfRecordings
        var table = MarkdownTable([
            "noise", "blocks", "statistic", "true%", "coverage", "PASS (<5%)", "FAIL (>5%)", "mean est", "mean width",
        ])
        for (name, noise) in settings.noises {
            for blocks in settings.tailBlocks {
                for q in [0.95, 0.99] {
                    let scenario = CalibrationScenario(
                        truePercent: 2, limit: 5, blocks: blocks, noise: noise, recordings: recordings,
                        seed: 0x7A11 &+ UInt64(blocks), percentile: q)
                    let o = Calibration.run(scenario, methods: [.logRatio])[.logRatio] ?? CalibrationOutcome()
                    table.add([
                        name, "\(blocks)", q == 0.95 ? "P95" : "P99", fixed(2), fixed(o.coverage), fixed(o.passRate),
                        fixed(o.failRate), fixed(o.meanEstimate), fixed(o.meanWidth),
                    ])
                }
            }
        }
        return SweepSection(
            title: "Tail overheads: per-block P95/P99, log-ratio method (\(recordings) recordings per row)",
            explanation: """
                Metrics criterion with a true 2% overhead at every percentile, judged against a 5% limit; the \
                per-block statistic is the 95th or 99th percentile instead of the mean. Seed 0x7A11 + blocks.
                """,
            table: table)
    }
}
