import OverheadSimulation

/// How many blocks a decision about a true 2% (or 0%) against a 1% limit needs.
enum PowerTable {
    static func make(_ settings: SweepSettings) -> SweepSection {
        let recordings = settings.fewerRecordings
        var table = MarkdownTable(["noise", "blocks", "true%", "FAIL", "PASS", "INCONCL", "median MDE"])
        for (name, noise) in settings.noises {
            for blocks in settings.powerBlocks {
                for truePercent in [2.0, 0.0] {
                    let o = Calibration.power(
                        noise: noise, blocks: blocks, truePercent: truePercent, recordings: recordings)
                    table.add([
                        name, "\(blocks)", fixed(truePercent), fixed(o.failRate), fixed(o.passRate),
                        fixed(o.inconclusiveRate), fixed(o.medianMinimumDetectableEffect),
                    ])
                }
            }
        }
        return SweepSection(
            title: "Power against a 1% limit, log-ratio method (\(recordings) recordings per row)",
            explanation: """
                Metrics criterion, 95%: verdict rates for a true overhead of 2% (FAIL is right) and 0% (PASS is \
                right), and the median minimum detectable effect in percentage points. Seed 0x9000.
                """,
            table: table)
    }
}
