import OverheadSimulation

/// Does "about N more blocks" hold? Undecided recordings extended by the suggested blocks.
enum BlocksNeededTable {
    static func make(_ settings: SweepSettings) -> SweepSection {
        let recordings = settings.fewerRecordings
        var table = MarkdownTable([
            "noise", "blocks", "true%", "undecided", "median +blocks", "decided after", "right verdict",
        ])
        for (name, noise) in settings.noises {
            for (blocks, truePercent) in [(10, 2.0), (10, 0.0), (30, 2.0), (30, 0.3)] {
                let o = Calibration.blocksNeeded(
                    noise: noise, blocks: blocks, truePercent: truePercent, recordings: recordings)
                table.add([
                    name, "\(blocks)", fixed(truePercent), "\(o.undecided)", fixed(o.medianAdded),
                    fixed(o.decidedShare), fixed(o.rightShare),
                ])
            }
        }
        return SweepSection(
            title: "Blocks-needed estimate: share decided after adding the suggested blocks (\(recordings) recordings)",
            explanation: """
                Metrics criterion against a 1% limit. For each recording left INCONCLUSIVE, the same simulated \
                run (its first blocks identical) is extended by the suggested number of blocks \
                (`RunsNeeded.additional`) and decided again: the share then decided, and of those the share with \
                the right verdict. Seed 0x7000.
                """,
            table: table)
    }
}
