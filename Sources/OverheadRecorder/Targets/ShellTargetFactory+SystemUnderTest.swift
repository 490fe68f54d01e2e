import Glibc
import OverheadFormat
import Synchronization

extension ShellTargetFactory {
    /// The library's background functions (those it defines) beside the first driver, and the
    /// accounting of every driver's process tree: the bash driver, the library's calls and what
    /// they run (reaped children included), from /proc.
    public func systemUnderTest(
        busRoot: String, targets: [BusTarget], configuration: RecorderConfiguration,
        measuringThreads: RecorderThreadsCPU
    ) -> SystemUnderTest? {
        let drivers = targets.compactMap { $0 as? ShellTarget }
        guard let first = drivers.first else { return nil }
        let specs = configuration.sut.workers(shell: true).filter { spec in
            spec.layer == nil || first.definesFunction(spec.command[0])
        }
        let workers =
            specs.isEmpty
            ? nil
            : ShellBackgroundWorkers(
                specs: specs, driver: first,
                stderrLog: ShellLibrary.join(self.configuration.logDirectory, Self.backgroundLogName),
                readyTimeoutSeconds: max(self.configuration.callTimeoutSeconds, RecorderDefaults.minimumSourcingSeconds)
            )
        let accounts = Mutex(
            (drivers.map { ProcessTreeAccount(root: $0.shellProcessID ?? -1) }, [UInt8](repeating: 0, count: 4096)))
        let pids = DriverPIDs(drivers)
        // PSS when this kernel offers it to the recorder, for the whole run.
        let measure: SUTMemoryMeasure = ProcessStat.pssReadable ? .pss : .rss
        return SystemUnderTest(workers: workers, memoryMeasure: measure) { withPSS in
            let roots = pids.current
            return accounts.withLock { state in
                var reading = SystemUnderTest.ForegroundReading(cpuNs: 0, rssBytes: 0, pssBytes: withPSS ? 0 : nil)
                for k in state.0.indices {
                    state.0[k].follow(roots[k])
                    let r = state.0[k].read(withPSS: withPSS, buffer: &state.1)
                    reading.cpuNs += r.cpuNs
                    reading.rssBytes += r.rssBytes
                    if let p = r.pssBytes, reading.pssBytes != nil {
                        reading.pssBytes! += p
                    } else {
                        reading.pssBytes = nil
                    }
                }
                return reading
            }
        }
    }

    /// The background workers' stderr log, beside the drivers'.
    static let backgroundLogName = "shell-target.background.stderr.log"
}

/// The drivers' current bash pids, read from the monitor's thread: a driver restarted after a
/// timeout gets a new pid, and the accounting follows it (a stale read only delays that by one sample).
private final class DriverPIDs: @unchecked Sendable {
    private let drivers: [ShellTarget]
    init(_ drivers: [ShellTarget]) { self.drivers = drivers }
    var current: [pid_t] { drivers.map { $0.shellProcessID ?? -1 } }
}
