/// `--profile`: the profiling phase after the measured blocks, and where its file goes.
public struct ProfileSettings: Sendable, Equatable {
    /// Traced calls per layer function (`--profile-calls`); each is paired with an untraced one.
    public var calls: Int
    /// The profile file (`--profile-out`; by default beside the results file, see `defaultPath`).
    public var path: String
    /// The most trace bytes the phase reads in all; later calls are not traced and are counted dropped.
    public var traceCapBytes: Int
    /// A call whose trace is longer is left out and counted dropped.
    public var callTraceCapBytes: Int

    public init(
        calls: Int = ProfileSettings.defaultCalls, path: String, traceCapBytes: Int = 64 << 20,
        callTraceCapBytes: Int = 1 << 20
    ) {
        self.calls = calls
        self.path = path
        self.traceCapBytes = traceCapBytes
        self.callTraceCapBytes = callTraceCapBytes
    }

    public static let defaultCalls = 100

    /// `results.jsonl` → `results.profile.jsonl`; any other name gets `.profile.jsonl` appended.
    public static func defaultPath(results: String) -> String {
        results.hasSuffix(".jsonl")
            ? String(results.dropLast(".jsonl".count)) + ".profile.jsonl" : results + ".profile.jsonl"
    }
}
