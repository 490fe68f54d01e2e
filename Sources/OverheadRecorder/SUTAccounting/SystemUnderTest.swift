import OverheadFormat

/// The system under test of a run as the recorder accounts for it: its background workers and a
/// reading of its cumulative CPU and memory, taken on the resource monitor's thread.
public final class SystemUnderTest: Sendable {
    let workers: BackgroundWorkers?
    private let readForeground: @Sendable (_ withPSS: Bool) -> ForegroundReading

    /// CPU of the operations' side (ns, cumulative) and the memory it holds.
    struct ForegroundReading {
        var cpuNs: UInt64
        var rssBytes: UInt64
        var pssBytes: UInt64?
    }

    /// Cumulative figures at one instant.
    struct Reading {
        var foregroundCPUNs: UInt64
        var components: [(name: String, ns: UInt64, bytes: UInt64)]
        var rssBytes: UInt64
        var pssBytes: UInt64?
    }

    init(workers: BackgroundWorkers?, foreground: @escaping @Sendable (_ withPSS: Bool) -> ForegroundReading) {
        self.workers = workers
        self.readForeground = foreground
    }

    func read(withPSS: Bool) -> Reading {
        let f = readForeground(withPSS)
        let components = workers?.componentCPU() ?? []
        let m: (rss: UInt64, pss: UInt64?) = workers?.memory(withPSS: withPSS) ?? (0, withPSS ? 0 : nil)
        var pss: UInt64?
        if let a = f.pssBytes, let b = m.pss { pss = a + b }
        return Reading(
            foregroundCPUNs: f.cpuNs, components: components, rssBytes: f.rssBytes + m.rss, pssBytes: pss)
    }
}
