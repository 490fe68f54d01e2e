import Foundation

extension RecordingSimulator {
    /// The simulator's own seeded source (SplitMix64, Steele et al. 2014), kept independent of
    /// the statistics module so the code under test does not also generate its own test data.
    struct Random {
        private var state: UInt64

        init(seed: UInt64) { state = seed ^ 0x5DEE_CE66_D1CE_5EED }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// Uniform in [0, 1).
        mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

        /// Standard normal by Box–Muller, both values of the pair used.
        private var spare: Double?
        mutating func normal() -> Double {
            if let s = spare {
                spare = nil
                return s
            }
            var u1 = uniform()
            while u1 == 0 { u1 = uniform() }
            let r = (-2 * Foundation.log(u1)).squareRoot()
            let theta = 2 * Double.pi * uniform()
            spare = r * Foundation.sin(theta)
            return r * Foundation.cos(theta)
        }

        /// Fisher–Yates shuffle.
        mutating func shuffle<T>(_ a: inout [T]) {
            guard a.count > 1 else { return }
            for i in stride(from: a.count - 1, to: 0, by: -1) {
                let j = Int(next() % UInt64(i + 1))
                a.swapAt(i, j)
            }
        }
    }
}
