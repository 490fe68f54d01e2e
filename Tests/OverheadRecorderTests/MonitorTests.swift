import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

@Suite struct MonitorTests {
    @Test func procStatBusyPercentFromDeltas() throws {
        let a = try #require(ProcParsers.cpuTimes(procStat: Array("cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3\n".utf8)))
        let b = try #require(ProcParsers.cpuTimes(procStat: Array("cpu  160 0 70 900 70 0 0 0 0 0\n".utf8)))
        #expect(a.total == 1000 && a.idle == 850)
        // Δtotal = 200, Δidle = 120 → busy 80/200 = 40 %.
        #expect(ProcParsers.CPUTimes.busyPercent(from: a, to: b) == 40)
        #expect(ProcParsers.CPUTimes.busyPercent(from: a, to: a) == nil)
        #expect(ProcParsers.cpuTimes(procStat: Array("intr 1 2 3\n".utf8)) == nil)
    }

    @Test func meminfoUsedIsTotalMinusAvailable() throws {
        let text =
            "MemTotal:       16384000 kB\nMemFree:         1000000 kB\nMemAvailable:    8192000 kB\nBuffers: 1 kB\n"
        let m = try #require(ProcParsers.memory(meminfo: Array(text.utf8)))
        #expect(m.totalKB == 16_384_000 && m.availableKB == 8_192_000)
        #expect(ProcParsers.memory(meminfo: Array("MemTotal: 5 kB\n".utf8)) == nil)
    }

    @Test func statmResidentIsTheSecondField() {
        #expect(ProcParsers.residentPages(statm: Array("12345 678 90 1 0 2 0\n".utf8)) == 678)
        #expect(ProcParsers.residentPages(statm: Array("12345".utf8)) == nil)
    }

    @Test func perfLineHasTheOriginalColumnsThenOurs() {
        let s = PerfSample(
            unixTime: 1_696_594_335.75, cpuPercent: 2.34, memoryMB: 150.04, tmpfsMB: 12,
            recorderCPUPercent: 0.05, recorderRSSMB: 9.96)
        #expect(s.perfLine(wholeSeconds: true) == "1696594335 2.3 150.0 12.0 0.1 10.0")
        #expect(s.perfLine(wholeSeconds: false) == "1696594335.750 2.3 150.0 12.0 0.1 10.0")
        var own = s
        own.recorderOutputMB = 3.04
        #expect(own.perfLine(wholeSeconds: true) == "1696594335 2.3 150.0 12.0 0.1 10.0 3.0")
        #expect(
            own.perfLine(wholeSeconds: true).split(separator: " ").count
                == PerfSample.header.split(separator: " ").count)
        #expect(PerfSample.fixed(-0.04, decimals: 1) == "0.0")
        #expect(PerfSample.fixed(-1.25, decimals: 1) == "-1.3")
    }

    @Test func probeReadingsAreSane() throws {
        var probe = ResourceProbe(busPath: "/tmp")
        var burn = 0.0
        for i in 0..<2_000_000 { burn += Double(i).squareRoot() }
        #expect(burn > 0)
        let r = probe.read()
        #expect((0...100).contains(r.cpuPercent))
        let memory = try #require(
            ProcParsers.memory(meminfo: Array(try String(contentsOfFile: "/proc/meminfo", encoding: .utf8).utf8)))
        #expect(r.memoryMB > 0 && r.memoryMB <= Double(memory.totalKB) / 1024)
        #expect(r.tmpfsMB >= 0)
        #expect((r.recorderRSSMB ?? 0) > 1)
        // The loop above burnt CPU on this thread since the probe was made.
        #expect((r.recorderCPUPercent ?? 0) > 1)
        #expect(abs(r.unixTime - Date().timeIntervalSince1970) < 5)
    }

    @Test func recorderOutputCountsRegularFilesOnTheBusFileSystemOnly() throws {
        let dir = try TestSupport.makeTemporaryDirectory("own-output")
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("results.jsonl").path
        try Data(repeating: 0x61, count: 2 << 20).write(to: URL(fileURLWithPath: big))
        let small = dir.appendingPathComponent("perf.log").path
        try Data(repeating: 0x61, count: 100).write(to: URL(fileURLWithPath: small))
        let missing = dir.appendingPathComponent("not-yet.log").path
        let files = RecorderOutputFiles(paths: [big, small, big, missing, "/dev/null"], busPath: dir.path)
        #expect(files.paths.count == 4)  // the duplicate counted once
        // 2 MB of data plus at least one block for the small file; allocated size, so a little over.
        let mb = files.megabytes()
        #expect(mb > 2 && mb < 2.2, "\(mb) MB")
        // A bus on another file system (/proc): nothing of ours is on it.
        #expect(RecorderOutputFiles(paths: [big, small], busPath: "/proc").megabytes() == 0)
        // A bus directory that cannot be read: nothing counts.
        #expect(RecorderOutputFiles(paths: [big], busPath: dir.appendingPathComponent("gone").path).megabytes() == 0)
        #expect(RecorderOutputFiles.none.megabytes() == 0)
    }

    @Test func monitorLogsTheOutputFilesItIsGiven() throws {
        let dir = try TestSupport.makeTemporaryDirectory("monitor-own")
        defer { try? FileManager.default.removeItem(at: dir) }
        let results = dir.appendingPathComponent("results.jsonl").path
        try Data(repeating: 0x61, count: 3 << 20).write(to: URL(fileURLWithPath: results))
        let path = dir.appendingPathComponent("perf.log").path
        let monitor = ResourceMonitor(
            interval: 0.05, busPath: dir.path, log: try LineFile(path: path, reserve: 256),
            outputFiles: [results, path])
        monitor.start()
        // The line written at start and one from the sampling thread.
        try Self.waitForLines(monitor, atLeast: 2)
        monitor.stop()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 3 && lines.count == monitor.sampleCount, "\(lines.count) lines")
        for line in lines {
            let own = try #require(Double(line.split(separator: " ")[6]))
            #expect(own >= 3 && own < 3.2, "\(line)")
        }
    }

    @Test func monitorWritesWellFormedLinesAtTheInterval() throws {
        let dir = try TestSupport.makeTemporaryDirectory("monitor")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("perf.log").path
        let monitor = ResourceMonitor(interval: 0.05, busPath: dir.path, log: try LineFile(path: path, reserve: 256))
        monitor.start()
        #expect(LatestResources.unpack(monitor.latest.load()) != nil)
        // A first line at start, then one per interval from the sampling thread.
        try Self.waitForLines(monitor, atLeast: 6)
        monitor.stop()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        // ... and a last one at stop, every line on disk once the thread has been joined.
        #expect(lines.count >= 7 && lines.count == monitor.sampleCount, "\(lines.count) lines")
        // Never faster than the interval: the k-th line of the thread comes at least k intervals after
        // the first line (timestamps have millisecond resolution; a slow machine may only be later).
        let times = lines.compactMap { $0.split(separator: " ").first.flatMap { Double($0) } }
        for k in times.indices.dropFirst().dropLast() {
            #expect(times[k] - times[0] >= Double(k) * 0.05 - 0.002, "line \(k + 1) at \(times[k] - times[0]) s")
        }
        var previous = 0.0
        for line in lines {
            let fields = line.split(separator: " ").map { Double($0) }
            #expect(fields.count == 7)
            #expect(!fields.contains(nil))
            #expect(fields[6] == 0)  // no output files given
            let t = fields[0]!
            #expect(t >= previous)
            previous = t
            #expect(line.split(separator: " ")[0].contains("."))  // fractional at a fractional interval
            #expect((0...100).contains(fields[1]!))
            #expect(fields[2]! > 0)
        }
        #expect(monitor.writeError == nil)
    }

    /// Waits until `monitor` has written `count` perf log lines, failing the test after 30 s.
    static func waitForLines(_ monitor: ResourceMonitor, atLeast count: Int) throws {
        let written = TestSupport.waitUntil(timeout: 30) { monitor.sampleCount >= count }
        if !written { monitor.stop() }
        try #require(written, "the monitor wrote \(monitor.sampleCount) of \(count) perf log lines in 30 s")
    }

    @Test func latestResourcesStartEmptyThenCarryTheReading() throws {
        let latest = LatestResources()
        #expect(LatestResources.unpack(latest.load()) == nil)
        latest.publish(cpuPercent: 12.5, memoryMB: 2048.25)
        let r = try #require(LatestResources.unpack(latest.load()))
        #expect(r.cpuPercent == 12.5 && r.memoryMB == 2048.25)
    }

    @Test func recordedPerfLogMatchesTheSampleInterval() throws {
        let factory = FakeBusFactory()
        factory.store.delay = 0.0005
        let run = try RecorderHarness.run(factory) {
            $0.iterations = 20
            $0.scales = "1"
        }
        defer { try? FileManager.default.removeItem(at: run.directory) }
        #expect(run.exitCode == 0)
        #expect(run.perfLines.count >= 2)  // start and stop lines at least, however short the run
        for line in run.perfLines {
            let fields = line.split(separator: " ")
            #expect(fields.count == 7)
            // The results file and perf log share the bus's file system here; a few kB prints as 0.0.
            #expect(Double(fields[6]).map { $0 >= 0 && $0 < 1 } == true, "\(line)")
        }
    }
}
