import OverheadFormat

/// The system under test of a run as the recorder accounts for it: its background workers and a
/// reading of its cumulative CPU and memory, taken on the resource monitor's thread.
public final class SystemUnderTest: Sendable {
    let workers: BackgroundWorkers?
    /// The measure of the run's memory series, decided once when the run starts (`SUTMemoryMeasure`).
    let memoryMeasure: SUTMemoryMeasure
    private let readForeground: @Sendable (_ withPSS: Bool) -> ForegroundReading

    /// CPU of the operations' side (ns, cumulative) and the memory it holds.
    struct ForegroundReading {
        var cpuNs: UInt64
        var rssBytes: UInt64
        var pssBytes: UInt64?
    }

    /// Cumulative figures at one instant. `pssBytes` is nil when the measure is RSS, or when a
    /// process's PSS could not be read (a gap in the series).
    struct Reading {
        var foregroundCPUNs: UInt64
        var components: [(name: String, ns: UInt64, bytes: UInt64)]
        var rssBytes: UInt64
        var pssBytes: UInt64?
    }

    init(
        workers: BackgroundWorkers?, memoryMeasure: SUTMemoryMeasure,
        foreground: @escaping @Sendable (_ withPSS: Bool) -> ForegroundReading
    ) {
        self.workers = workers
        self.memoryMeasure = memoryMeasure
        self.readForeground = foreground
    }

    /// One reading; every process tree is read once.
    func read() -> Reading {
        let withPSS = memoryMeasure == .pss
        let f = readForeground(withPSS)
        let w = workers?.read(withPSS: withPSS) ?? BackgroundReading(components: [], rssBytes: 0, pssBytes: 0)
        var pss: UInt64?
        if withPSS, let a = f.pssBytes, let b = w.pssBytes { pss = a + b }
        return Reading(
            foregroundCPUNs: f.cpuNs, components: w.components, rssBytes: f.rssBytes + w.rssBytes, pssBytes: pss)
    }
}
