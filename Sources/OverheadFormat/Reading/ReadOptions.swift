/// How tolerant and how parallel a read is.
public struct ReadOptions: Sendable, Equatable {
    /// Stop at the first bad line and throw it as a `ReadError` instead of skipping it.
    public var strict: Bool
    /// How many diagnostics a `Recording` keeps (all bad lines are still counted).
    public var maxDiagnostics: Int
    /// Lines (and multi-line values) longer than this are skipped without being buffered whole.
    public var maxLineBytes: Int
    /// Size of each read(2) call; also bounds the reader's buffer memory per thread.
    public var chunkBytes: Int
    /// Threads a large results file is split across (at line starts); 0 means one per online core, up to 4.
    public var threads: Int
    /// Files smaller than this are read on one thread.
    public var parallelThresholdBytes: Int
    /// Distinct (test, operation, agent count) series kept; samples of further series are bad lines.
    /// A real suite has a few dozen; the cap (per reading thread) keeps hostile input from costing
    /// memory per name.
    public var maxSeries: Int

    public init(
        strict: Bool = false, maxDiagnostics: Int = 100, maxLineBytes: Int = 1 << 20,
        chunkBytes: Int = 4 << 20, threads: Int = 0, parallelThresholdBytes: Int = 8 << 20,
        maxSeries: Int = 10_000
    ) {
        self.strict = strict
        self.maxDiagnostics = maxDiagnostics
        self.maxLineBytes = maxLineBytes
        self.chunkBytes = chunkBytes
        self.threads = threads
        self.parallelThresholdBytes = parallelThresholdBytes
        self.maxSeries = maxSeries
    }
}
