import OverheadFormat

/// The randomised order of the tests in one block. Each block's order depends only on the seed,
/// the agent count, the run number and whether it is a warm-up, so any block can be reproduced
/// from the manifest's seed alone (and `--until-decided` adding blocks never shifts later ones).
enum BlockOrder {
    static func order(seed: UInt64, agentCount: Int, run: Int, warmup: Bool) -> [TestName] {
        var mix = SplitMix64(state: seed)
        mix.state ^= UInt64(truncatingIfNeeded: agentCount) &* 0x9E37_79B9_7F4A_7C15
        _ = mix.next()
        mix.state ^= UInt64(truncatingIfNeeded: run) << 1 | (warmup ? 1 : 0)
        var tests = TestName.allCases
        tests.shuffle(using: &mix)
        return tests
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and fully determined by its 64-bit state.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
