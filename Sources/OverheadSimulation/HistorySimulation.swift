import OverheadFormat

/// A simulated history: `recordings` recordings of the baseline and full-integration tests at one
/// agent count, each a `RecordingSimulator` run (realistic noise, `warmupBlocks` then `blocks`
/// blocks of `iterations` iterations; the full-integration window is paired, each
/// `complete_operation` beside a `paired_send`, as the recorder runs it), with a true total
/// overhead of `basePercent` that rises by `shiftPercent` points from recording `shiftAt` on (nil:
/// no shift). For the change-point tests and the simulation in benchmarks/history, which shapes
/// the recordings as the recorder's defaults do (`RecorderDefaults`, with the iterations its pilot
/// would size for `pilotSecondsPerOperation`).
public struct HistorySimulation: Sendable {
    public var seed: UInt64
    public var recordings: Int
    public var shiftAt: Int?
    public var basePercent: Double
    public var shiftPercent: Double
    public var blocks: Int
    public var iterations: Int
    public var warmupBlocks: Int

    public init(
        seed: UInt64, recordings: Int = 200, shiftAt: Int? = 120, basePercent: Double = 2, shiftPercent: Double = 3,
        blocks: Int = 5, iterations: Int = 100, warmupBlocks: Int = 0
    ) {
        self.seed = seed
        self.recordings = recordings
        self.shiftAt = shiftAt
        self.basePercent = basePercent
        self.shiftPercent = shiftPercent
        self.blocks = blocks
        self.iterations = iterations
        self.warmupBlocks = warmupBlocks
    }

    /// What the recorder's pilot would measure on the simulated bus: the mean of a send and a
    /// receive at one agent, seconds.
    public static var pilotSecondsPerOperation: Double {
        let truth = RecordingSimulator.Truth()
        return
            (truth.meanMs(.baseline, .messageSend, agentCount: 1)
            + truth.meanMs(.baseline, .messageReceive, agentCount: 1))
            / 2 / 1000
    }

    /// The true total overhead of recording `index` (0-based), percent.
    public func truePercent(_ index: Int) -> Double {
        basePercent + (shiftAt.map { index >= $0 } == true ? shiftPercent : 0)
    }

    /// Recording `index` (0-based) of the history, one simulated day after the previous.
    public func recording(_ index: Int) -> Recording {
        var truth = RecordingSimulator.Truth()
        truth.totalPercent = truePercent(index)
        let configuration = RecordingSimulator.Configuration(
            seed: seed &* 1_000_003 &+ UInt64(index), agentCounts: [1], blocks: blocks, warmupBlocks: warmupBlocks,
            iterations: iterations,
            tests: [.baseline, .fullIntegration], truth: truth, startUnixTime: 1_795_000_000 + Double(index) * 86_400)
        return RecordingSimulator(configuration).recording()
    }
}
