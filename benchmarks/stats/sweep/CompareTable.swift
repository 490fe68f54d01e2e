import OverheadSimulation

/// Compare mode: two independent recordings (old, new) whose baseline send differs by a known factor.
enum CompareTable {
    static func make(_ settings: SweepSettings) -> SweepSection {
        let pairs = settings.halfRecordings
        var table = MarkdownTable([
            "noise", "drift φ", "blocks", "interval", "true change%", "coverage", "regressed", "improved",
            "no change", "FAIL (>2%)",
        ])
        for (name, baseNoise) in settings.noises {
            for phi in [1.0, 0.8, 0.0] {
                let noise = baseNoise.reverting(phi)
                for blocks in settings.compareBlocks {
                    for change in [0.0, 5.0] {
                        for serial in [false, true] {
                            let o = Calibration.compareMode(
                                noise: noise, blocks: blocks, changePercent: change, serial: serial, pairs: pairs)
                            table.add([
                                name, fixed(phi), "\(blocks)", serial ? "AR(1)" : "Welch", fixed(change),
                                fixed(o.coverage), fixed(o.regressedRate), fixed(o.improvedRate),
                                fixed(o.noChangeRate), fixed(o.overTwoPercentRate),
                            ])
                        }
                    }
                }
            }
        }
        return SweepSection(
            title: """
                Compare mode: Welch interval of per-block log means, two independent recordings \
                (\(pairs) pairs per row)
                """,
            explanation: """
                Baseline test alone; the new recording's send is slower by the true change. Drift φ is the \
                AR(1) coefficient of the block-to-block drift (1: a random walk, as in the presets; 0: independent \
                block levels). Coverage of the 95% interval of the \
                percent change, plain Welch or AR(1)-adjusted; verdicts against "no change" (regressed, improved, \
                no change) and against a 2% maximum regression. Seed 0x5000.
                """,
            table: table)
    }
}
