import Glibc
import OverheadFormat

/// Turns cumulative readings of the system under test into one perf-log interval's figures
/// (`SUTResources`): CPU percent of one core per component from the deltas, memory and the bus
/// directory's storage as they are now. Runs on the resource monitor's thread.
struct SUTProbe {
    let system: SystemUnderTest
    var storage: BusStorage
    private var last: SystemUnderTest.Reading?
    private var lastNs: UInt64 = 0
    /// The last walk of the bus directory, when it ended (monotonic ns) and what it cost (thread CPU ns).
    private var usage: BusStorage.Usage?
    private var lastWalkNs: UInt64 = 0
    private var walkCostNs: UInt64 = 0
    /// A walk is repeated only after `walkSpacing` times its own CPU cost has passed, so walking a
    /// large bus directory stays under 1/`walkSpacing` of one core (0.05 %); lines in between
    /// repeat the last walk's figures. A small directory is walked for every line.
    static let walkSpacing: UInt64 = 2000

    init(system: SystemUnderTest, busPath: String, exclude: [String]) {
        self.system = system
        storage = BusStorage(root: busPath, exclude: exclude)
    }

    mutating func read() -> SUTResources {
        let now = monotonicNanoseconds()
        let reading = system.read()
        let elapsed = Double(now &- lastNs)
        func percent(_ a: UInt64, _ b: UInt64?) -> Double {
            guard let b, elapsed > 0, a >= b else { return 0 }
            return 100 * Double(a - b) / elapsed
        }
        var components: [SUTResources.Component] = []
        var background = 0.0
        for (k, c) in reading.components.enumerated() {
            let before = last.flatMap { k < $0.components.count ? $0.components[k].ns : nil }
            let p = percent(c.ns, before)
            background += p
            components.append(
                SUTResources.Component(name: c.name, cpuPercent: p, rssMB: Double(c.bytes) / 1_048_576))
        }
        let foreground = percent(reading.foregroundCPUNs, last?.foregroundCPUNs)
        last = reading
        lastNs = now
        if usage == nil || now &- lastWalkNs >= walkCostNs &* Self.walkSpacing {
            let start = RecorderCost.threadCPUNanoseconds()
            usage = storage.read()
            walkCostNs = RecorderCost.threadCPUNanoseconds() &- start
            lastWalkNs = now
        }
        let usage = self.usage!
        return SUTResources(
            cpuPercent: foreground + background, backgroundCPUPercent: background,
            rssMB: Double(reading.rssBytes) / 1_048_576, pssMB: reading.pssBytes.map { Double($0) / 1_048_576 },
            memoryMeasure: system.memoryMeasure, busMB: usage.totalMB, components: components, paths: usage.paths)
    }
}
