import OverheadFormat
import OverheadStats

/// The randomised order of the tests in one block. Each block's order depends only on the seed,
/// the agent count, the run number and whether it is a warm-up, so any block can be reproduced
/// from the manifest's seed alone (and `--until-decided` adding blocks never shifts later ones).
/// The block's own seed is drawn by SplitMix64 from the run seed and the block's coordinates;
/// the shuffle is Fisher–Yates (the standard library's `shuffle(using:)`) on xoshiro256**.
enum BlockOrder {
    static func order(
        seed: UInt64, agentCount: Int, run: Int, warmup: Bool, tests: [TestName] = TestName.standardSuite
    ) -> [TestName] {
        var generator = SeededGenerator(seed: blockSeed(seed: seed, agentCount: agentCount, run: run, warmup: warmup))
        var tests = tests
        tests.shuffle(using: &generator)
        return tests
    }

    /// The seed of the pair orders in one driver thread's part of one window (`Workload.drive`):
    /// like the block order, reproducible from the manifest's seed alone.
    static func pairSeed(
        seed: UInt64, agentCount: Int, run: Int, warmup: Bool, test: TestName, thread: Int
    ) -> UInt64 {
        var mix = SplitMix64(state: blockSeed(seed: seed, agentCount: agentCount, run: run, warmup: warmup))
        mix.state ^= (UInt64(TestName.allCases.firstIndex(of: test)!) << 32 | UInt64(truncatingIfNeeded: thread))
        return mix.next()
    }

    private static func blockSeed(seed: UInt64, agentCount: Int, run: Int, warmup: Bool) -> UInt64 {
        var mix = SplitMix64(state: seed ^ UInt64(truncatingIfNeeded: agentCount) &* 0x9E37_79B9_7F4A_7C15)
        mix.state ^= mix.next() ^ (UInt64(truncatingIfNeeded: run) << 1 | (warmup ? 1 : 0))
        return mix.next()
    }
}
