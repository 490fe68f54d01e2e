import Synchronization

/// The monitor's latest CPU % and memory MB, published for the timing loop to stamp on each sample
/// with one relaxed atomic load. Both values are packed as Float32 bits in one UInt64; all-ones
/// means "no reading yet".
final class LatestResources: Sendable {
    private let packed = Atomic<UInt64>(LatestResources.none)
    static let none = UInt64.max

    func publish(cpuPercent: Double, memoryMB: Double) {
        let bits = UInt64(Float(cpuPercent).bitPattern) << 32 | UInt64(Float(memoryMB).bitPattern)
        packed.store(bits, ordering: .relaxed)
    }

    @inline(__always)
    func load() -> UInt64 { packed.load(ordering: .relaxed) }

    /// Unpacks a value from `load()`; nil before the first reading.
    static func unpack(_ bits: UInt64) -> (cpuPercent: Double, memoryMB: Double)? {
        guard bits != none else { return nil }
        let cpu = Float(bitPattern: UInt32(truncatingIfNeeded: bits >> 32))
        let mem = Float(bitPattern: UInt32(truncatingIfNeeded: bits))
        return (Double(cpu), Double(mem))
    }
}
