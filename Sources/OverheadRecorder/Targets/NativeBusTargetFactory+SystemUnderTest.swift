import Glibc

extension NativeBusTargetFactory {
    /// The embedded bus's background threads, and its accounting: the operations' CPU is the
    /// recorder process's (getrusage, every thread) minus its resource monitor's thread and the
    /// background threads (`recorderThreadsCPU` gives the monitor's); memory is what the bus
    /// instances hold (`NativeBus.heldBytes`), the drivers' and the workers' — the series' measure
    /// is `rss` (one figure, no shared pages to divide).
    public func systemUnderTest(
        busRoot: String, targets: [BusTarget], configuration: RecorderConfiguration,
        measuringThreads: RecorderThreadsCPU
    )
        -> SystemUnderTest?
    {
        let workers = NativeBackgroundWorkers(
            specs: configuration.sut.workers(shell: false), busRoot: busRoot, configuration: self.configuration)
        let buses = targets.compactMap { ($0 as? NativeBusTarget)?.bus }
        return SystemUnderTest(workers: workers.specs.isEmpty ? nil : workers, memoryMeasure: .rss) { _ in
            let background = workers.componentCPU().reduce(UInt64(0)) { $0 + $1.ns }
            let process = UInt64(max(0, ResourceProbe.selfCPUNanoseconds()))
            let recorder = measuringThreads.nanoseconds()
            let held = UInt64(buses.reduce(0) { $0 + $1.heldBytes })
            return SystemUnderTest.ForegroundReading(
                cpuNs: process > background + recorder ? process - background - recorder : 0, rssBytes: held,
                pssBytes: nil)
        }
    }
}
