import Glibc
import OverheadFormat

/// The recorder's own cost, so users know how much it perturbs what it measures
/// (`--measure-recorder-cost`, and `benchmarks/recorder/`): the time to take and store one
/// sample around an empty operation, and the CPU share of the resource monitor thread.
enum RecorderCost {
    struct Report: Sendable, Equatable {
        /// Median over repetitions of the mean cost of one timed empty operation, ns.
        var perSampleNs: Double
        /// The fastest repetition's mean, ns: the cost without preemption by other processes.
        var perSampleMinNs: Double
        /// Monitor thread CPU time over wall time, percent of one core, at the given interval.
        var monitorCorePercent: Double
        var monitorIntervalSeconds: Double
        var monitorSeconds: Double
        /// CPU time of one reading (probe + perf line + write), µs.
        var perReadingMicroseconds: Double
        /// The monitor's share with the system-under-test accounting on (a native bus of
        /// `sutAgents` agents with a message in each inbox, its background workers registered), percent.
        var monitorWithSUTCorePercent: Double = 0
        /// One reading with that accounting, µs.
        var perReadingWithSUTMicroseconds: Double = 0
        var sutAgents = 0
        var monitorWithSUTSeconds = 0.0
        /// One walk of that bus directory, µs of CPU (done at most every `SUTProbe.walkSpacing` × its cost).
        var busWalkMicroseconds = 0.0
    }

    /// Timed empty operations: clock read, atomic load of the latest reading, clock read, append.
    /// CPU time per timed empty operation over short repetitions (a few ms each); returns the
    /// median and the minimum of the repetitions' means.
    static func perSampleNanoseconds(samples: Int = 100_000, repetitions: Int = 31) -> (median: Double, min: Double) {
        let latest = LatestResources()
        latest.publish(cpuPercent: 1, memoryMB: 1)
        let buffer = SampleBuffer(capacity: samples, resources: latest)
        var means: [Double] = []
        for _ in 0..<repetitions {
            buffer.reset(capacity: samples)
            // Thread CPU time, not wall time: time spent descheduled on a busy machine is not our cost.
            let start = threadCPUNanoseconds()
            for i in 0..<samples { buffer.time(.messageSend, iteration: i) {} }
            means.append(Double(threadCPUNanoseconds() - start) / Double(samples))
        }
        precondition(buffer.count == samples)
        let sorted = means.sorted()
        return (sorted[sorted.count / 2], sorted[0])
    }

    /// CPU time of one monitor reading including formatting and writing its line (to /dev/null), µs.
    static func perReadingMicroseconds(readings: Int = 2000, sut: (SystemUnderTest, String)? = nil) -> Double {
        var probe = ResourceProbe(busPath: sut?.1 ?? "/dev/shm")
        if let sut { probe.sut = SUTProbe(system: sut.0, busPath: sut.1, exclude: [BusDirectory.ownerFileName]) }
        let sink = open("/dev/null", O_WRONLY | O_CLOEXEC)
        defer { close(sink) }
        let start = threadCPUNanoseconds()
        for _ in 0..<readings {
            var line = Array(probe.read().perfLine(wholeSeconds: true).utf8)
            line.append(10)
            _ = line.withUnsafeBytes { write(sink, $0.baseAddress, $0.count) }
        }
        return Double(threadCPUNanoseconds() - start) / Double(readings) / 1000
    }

    /// Runs the real monitor thread for `seconds` and returns its CPU share of one core, percent.
    static func monitorCorePercent(interval: Double, seconds: Double, sut: (SystemUnderTest, String)? = nil)
        throws(RecorderIOError) -> Double
    {
        let log = try LineFile(path: "/dev/null", reserve: 256)
        let monitor = ResourceMonitor(
            interval: interval, busPath: sut?.1 ?? "/dev/shm", log: log, system: sut?.0,
            measuringThreads: sut == nil ? nil : RecorderThreadsCPU())
        monitor.start()
        let start = monotonicNanoseconds()
        _ = Wakeup().wait(untilMonotonic: start + UInt64(seconds * 1e9))
        let cpu = monitor.threadCPUNanoseconds()
        let wall = monotonicNanoseconds() - start
        monitor.stop()
        return 100 * Double(cpu) / Double(wall)
    }

    static func measure(monitorInterval: Double = 1, monitorSeconds: Double = 5) throws(RecorderIOError) -> Report {
        let perSample = perSampleNanoseconds()
        var report = Report(
            perSampleNs: perSample.median, perSampleMinNs: perSample.min,
            monitorCorePercent: try monitorCorePercent(interval: monitorInterval, seconds: monitorSeconds),
            monitorIntervalSeconds: monitorInterval, monitorSeconds: monitorSeconds,
            perReadingMicroseconds: perReadingMicroseconds())
        try measureWithSUT(&report, interval: monitorInterval, seconds: monitorSeconds)
        return report
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

extension RecorderCost.Report {
    /// Our figures beside the targets of the recorder issue.
    var text: String {
        let sample = PerfSample.fixed(perSampleNs, decimals: 1)
        let monitor = PerfSample.fixed(monitorCorePercent, decimals: 4)
        return """
            recorder cost per sample (2 clock reads + reading + store): \(sample) ns CPU median, \(PerfSample.fixed(perSampleMinNs, decimals: 1)) ns fastest   target <= 100 ns   \(perSampleNs <= 100 ? "OK" : "OVER")
            resource monitor CPU (interval \(monitorIntervalSeconds) s, \(monitorSeconds) s run): \(monitor) % of one core   target <= 0.1 %   \(monitorCorePercent <= 0.1 ? "OK" : "OVER")
            one monitor reading (probe + line + write): \(PerfSample.fixed(perReadingMicroseconds, decimals: 1)) us CPU
            monitor CPU with system-under-test accounting (\(sutAgents)-agent native bus, \(monitorWithSUTSeconds) s run): \(PerfSample.fixed(monitorWithSUTCorePercent, decimals: 4)) % of one core   target <= 0.1 %   \(monitorWithSUTCorePercent <= 0.1 ? "OK" : "OVER")
            monitor reading with system-under-test accounting: \(PerfSample.fixed(perReadingWithSUTMicroseconds, decimals: 1)) us CPU on average
            bus directory walk (\(sutAgents)-agent bus): \(PerfSample.fixed(busWalkMicroseconds, decimals: 1)) us CPU, repeated after \(SUTProbe.walkSpacing) times its cost

            """
    }
}
