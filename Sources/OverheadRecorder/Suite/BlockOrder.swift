import OverheadFormat
import OverheadStats

/// The randomised order of the tests in one block. Each block's order depends only on the seed,
/// the agent count, the run number and whether it is a warm-up, so any block can be reproduced
/// from the manifest's seed alone (and `--until-decided` adding blocks never shifts later ones).
/// The block's own seed is drawn by SplitMix64 from the run seed and the block's coordinates;
/// the shuffle is Fisher–Yates (the standard library's `shuffle(using:)`) on xoshiro256**.
enum BlockOrder {
    static func order(seed: UInt64, agentCount: Int, run: Int, warmup: Bool) -> [TestName] {
        var mix = SplitMix64(state: seed ^ UInt64(truncatingIfNeeded: agentCount) &* 0x9E37_79B9_7F4A_7C15)
        mix.state ^= mix.next() ^ (UInt64(truncatingIfNeeded: run) << 1 | (warmup ? 1 : 0))
        var generator = SeededGenerator(seed: mix.next())
        var tests = TestName.allCases
        tests.shuffle(using: &generator)
        return tests
    }
}
