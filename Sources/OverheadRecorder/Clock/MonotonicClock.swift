import Glibc

/// CLOCK_MONOTONIC in nanoseconds: a vDSO call of ~20 ns that never jumps with NTP or the user.
@inline(__always)
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

/// CLOCK_REALTIME in nanoseconds since the Unix epoch.
@inline(__always)
func wallNanoseconds() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec)
}

/// Converts monotonic instants to wall-clock time with one anchor pair taken at once, so a sample
/// needs only monotonic reads and its timestamp is computed when it is written.
struct ClockAnchor: Sendable, Equatable {
    var monotonicNs: UInt64
    var wallNs: Int64

    static func now() -> ClockAnchor { ClockAnchor(monotonicNs: monotonicNanoseconds(), wallNs: wallNanoseconds()) }

    func wall(atMonotonic m: UInt64) -> Int64 { wallNs &+ (Int64(bitPattern: m) &- Int64(bitPattern: monotonicNs)) }
}
