/// The first record of a profile file: how the profile was taken and what it cost.
public struct ProfileHeader: Sendable, Equatable {
    /// `shell` (bash xtrace) or `native` (the embedded bus's phase timestamps).
    public var target: String
    /// ISO 8601 UTC with milliseconds, when the profiling phase started.
    public var startTime: String
    /// Traced calls asked for per layer (`--profile-calls`).
    public var callsPerLayer: Int
    /// Trace bytes read and parsed (shell; 0 for native).
    public var traceBytes: Int
    /// The most trace bytes the phase reads; calls after the cap is reached are not traced.
    public var traceCapBytes: Int
    /// Traced calls left out of the figures: over the per-call trace cap, after the total cap,
    /// or failed.
    public var droppedCalls: Int
    /// Lines, functions, commands or stacks beyond the per-layer entry cap, whose time is
    /// still in the layer's totals but not listed.
    public var droppedEntries: Int
    /// Wall-clock seconds the whole profiling phase took: the profile's own cost to the run.
    public var seconds: Double

    public init(
        target: String, startTime: String, callsPerLayer: Int, traceBytes: Int, traceCapBytes: Int,
        droppedCalls: Int, droppedEntries: Int, seconds: Double
    ) {
        self.target = target
        self.startTime = startTime
        self.callsPerLayer = callsPerLayer
        self.traceBytes = traceBytes
        self.traceCapBytes = traceCapBytes
        self.droppedCalls = droppedCalls
        self.droppedEntries = droppedEntries
        self.seconds = seconds
    }
}
