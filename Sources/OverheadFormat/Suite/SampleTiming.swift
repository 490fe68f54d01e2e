/// Which clock a recording's latencies come from, recorded in the manifest's target so a reader
/// knows what a sample includes.
public enum SampleTiming: String, Sendable, Equatable, CaseIterable {
    /// The recorder's monotonic clock around each call (ns resolution): the native bus, where the
    /// call is the operation, and shell recordings made before bash timed itself. A shell sample
    /// then includes the driver's round trip.
    case roundTrip = "round_trip"
    /// bash's `$EPOCHREALTIME` inside the driver, read just before the library's first function
    /// and just after its last (µs resolution): the library's own time, without the round trip
    /// through the driver, which the sample keeps as `round_trip_ms`.
    case bashEpochRealtime = "bash_epochrealtime"
}
