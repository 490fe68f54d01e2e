import Synchronization

/// Why a run ended before its plan was done. The raw value is the `partial` record's `reason`.
public enum StopReason: String, Sendable, Equatable {
    case interrupted
    case terminated
    case timeout
    case latencyRegression = "latency_regression"
    case ioError = "io_error"
    /// The shell library reported a value the recorder cannot use (e.g. `MESSAGE_BUS_EVICTIONS`).
    case invalidLibraryOutput = "invalid_library_output"

    /// The process exit code for this reason.
    public var exitCode: Int32 {
        switch self {
        case .interrupted: return RecorderExitCode.interrupted
        case .terminated: return RecorderExitCode.terminated
        case .timeout, .latencyRegression: return RecorderExitCode.stoppedEarly
        case .ioError: return RecorderExitCode.ioError
        case .invalidLibraryOutput: return RecorderExitCode.usage
        }
    }
}

/// Checked by every driver thread before each operation: a signal, the global deadline, or a
/// stop requested by the suite (latency early-exit, I/O error). Cheap: atomic loads and one
/// monotonic clock read.
final class StopCondition: Sendable {
    private let requested = Atomic<Int>(0)
    /// Monotonic deadline in ns; 0 when unlimited.
    let deadlineNs: UInt64

    init(timeoutSeconds: Double?, startNs: UInt64 = monotonicNanoseconds()) {
        deadlineNs = timeoutSeconds.map { startNs + UInt64($0 * 1e9) } ?? 0
    }

    private static let reasons: [StopReason] = [
        .interrupted, .terminated, .timeout, .latencyRegression, .ioError, .invalidLibraryOutput,
    ]

    /// Records the first reason to stop; later ones are ignored.
    func request(_ reason: StopReason) {
        let code = Self.reasons.firstIndex(of: reason)! + 1
        _ = requested.compareExchange(expected: 0, desired: code, ordering: .relaxed)
    }

    /// True once any stop condition holds; turns a pending signal or a passed deadline into a request.
    @inline(__always)
    var shouldStop: Bool {
        if requested.load(ordering: .relaxed) != 0 { return true }
        let signal = pendingStopSignal.load(ordering: .relaxed)
        if signal != 0 {
            request(signal == 15 ? .terminated : .interrupted)
            return true
        }
        if deadlineNs != 0 && monotonicNanoseconds() >= deadlineNs {
            request(.timeout)
            return true
        }
        return false
    }

    var reason: StopReason? {
        _ = shouldStop
        let code = requested.load(ordering: .relaxed)
        return code == 0 ? nil : Self.reasons[code - 1]
    }
}
