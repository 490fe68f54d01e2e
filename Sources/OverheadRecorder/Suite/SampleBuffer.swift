import OverheadFormat

/// One timed operation as stored during a window: 40 bytes, no strings. Timestamps and record
/// text are made only when the window is written out.
struct RawSample: Sendable, Equatable {
    /// Monotonic start of the operation, ns.
    var startNs: UInt64
    /// The operation's time: the target's own measurement when it gives one, else the round trip.
    var elapsedNs: UInt64
    /// The recorder's round trip when `elapsedNs` is the target's own measurement; 0 otherwise.
    var roundTripNs: UInt64 = 0
    /// The monitor's packed CPU/memory reading when the operation started (`LatestResources`).
    var resources: UInt64
    /// 1-based iteration (or agent index for per-agent operations).
    var iteration: Int32
    /// Index into `OperationName.allCases`.
    var operation: UInt8
}

/// An operation that threw: kept apart, never mixed with the timed successes.
struct RawFailure: Sendable {
    var startNs: UInt64
    var elapsedNs: UInt64
    var iteration: Int32
    var operation: UInt8
    var error: OperationError
}

/// The samples of one driver thread in one window, in storage reserved up front so recording a
/// sample is two clock reads, one atomic load and a plain store (no array uniqueness or
/// exclusivity checks on the hot path). Grows by doubling only if a window outruns its reservation.
final class SampleBuffer {
    private var storage: UnsafeMutablePointer<RawSample>
    private var capacity: Int
    private(set) var count = 0
    private(set) var failures: [RawFailure] = []
    let resources: LatestResources
    /// The target, when it times its own operations (`BusTarget.lastOperationNanoseconds`).
    private let selfTiming: BusTarget?

    init(capacity: Int, resources: LatestResources, target: BusTarget? = nil) {
        self.resources = resources
        selfTiming = target?.timing == .roundTrip ? nil : target
        self.capacity = max(1, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The samples recorded since the last reset, in recording order.
    var samples: [RawSample] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Empties the buffer and makes sure `capacity` samples fit without growing.
    func reset(capacity wanted: Int) {
        count = 0
        failures.removeAll(keepingCapacity: true)
        if wanted > capacity { regrow(to: wanted) }
    }

    /// Times `body` as one operation. A thrown error becomes a failure, not a sample.
    @inline(__always)
    func time(_ operation: OperationName, iteration: Int, _ body: () throws -> Void) {
        let code = operation.code
        let resources = resources.load()
        let start = monotonicNanoseconds()
        do {
            try body()
        } catch {
            let end = monotonicNanoseconds()
            failures.append(
                RawFailure(
                    startNs: start, elapsedNs: end &- start, iteration: Int32(iteration),
                    operation: code, error: OperationError(describing: error)))
            return
        }
        let end = monotonicNanoseconds()
        var sample = RawSample(
            startNs: start, elapsedNs: end &- start, resources: resources, iteration: Int32(iteration), operation: code)
        if let own = selfTiming?.lastOperationNanoseconds {
            sample.roundTripNs = sample.elapsedNs
            sample.elapsedNs = own
        }
        append(sample)
    }

    @inline(__always)
    func append(_ sample: RawSample) {
        if count == capacity { regrow(to: capacity * 2) }
        (storage + count).initialize(to: sample)
        count += 1
    }

    private func regrow(to newCapacity: Int) {
        let bigger = UnsafeMutablePointer<RawSample>.allocate(capacity: newCapacity)
        bigger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = newCapacity
    }
}

extension OperationName {
    private static let all = OperationName.allCases

    /// A one-byte code for raw storage: the index in `allCases`.
    var code: UInt8 {
        switch self {
        case .messageSend: return 0
        case .messageReceive: return 1
        case .messageSendWithMetrics: return 2
        case .healthReport: return 3
        case .healthCheck: return 4
        case .capacityCheck: return 5
        case .sendWithBackpressure: return 6
        case .coordinatedShutdown: return 7
        case .completeOperation: return 8
        case .shutdown: return 9
        case .callFloor: return 10
        case .pairedSend: return 11
        case .messageSendWithSyntheticLayer: return 12
        }
    }

    init(code: UInt8) { self = Self.all[Int(code)] }
}

extension OperationError {
    /// Wraps any error a target throws, keeping an `OperationError` as it is.
    init(describing error: any Error) {
        if let e = error as? OperationError { self = e } else { self.init(reason: String(describing: error)) }
    }
}
