import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// Shell libraries that misbehave: processes that escape the process group or outlive a killed
/// recorder, floods of output, invalid counters.
@Suite(.serialized) struct HostileLibraryTests {
    private func shellRun(_ dir: URL, fixture: String, _ extra: [String] = []) -> [String] {
        [
            "--target", "shell", "--lib", ShellTestBed.referenceLibrary,
            "--lib-file", "shutdown-coordination=\(ShellTestBed.fixtures)/\(fixture)",
            "--scales", "2", "--iterations", "4", "--runs", "1", "--warmup-runs", "0", "--quiet",
            "--sample-interval", "0.1",
            "--results", dir.appendingPathComponent("r.jsonl").path,
            "--perf-log", dir.appendingPathComponent("p.log").path, "--bus-dir", dir.path,
        ] + extra
    }

    @Test func processesALibraryDetachesWithSetsidEndWithTheRun() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-setsid")
        let sleeper = ["sleep", "1005"]
        defer {
            HostileProcesses.killAll(HostileProcesses.running(sleeper))
            try? FileManager.default.removeItem(at: dir)
        }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "detached-sleep.sh"), in: dir)
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        #expect(run.stderr.contains("the library left running"), "\(run.stderr)")
        #expect(HostileProcesses.eventually(within: 5) { HostileProcesses.running(sleeper).isEmpty })
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func aLibraryThatKillsTheRecorderLeavesNoProcessBehind() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-killer")
        let background = ["sleep", "1006"]
        let detached = ["sleep", "1007"]
        defer {
            HostileProcesses.killAll(
                HostileProcesses.running(background) + HostileProcesses.running(detached)
                    + HostileProcesses.mentioning(dir.path))
            try? FileManager.default.removeItem(at: dir)
        }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "kills-recorder.sh"), in: dir)
        #expect(run.signal == SIGKILL, "the fixture did not kill the recorder: \(run.stderr)")
        // Nothing of the recorder's ran after the kill: the driver's watchdog ends the bash driver,
        // its background job and the process that left the group.
        let gone = HostileProcesses.eventually(within: 10) {
            HostileProcesses.running(background).isEmpty && HostileProcesses.running(detached).isEmpty
                && HostileProcesses.mentioning(dir.path).isEmpty
        }
        let left =
            HostileProcesses.mentioning(dir.path) + HostileProcesses.running(background)
            + HostileProcesses.running(detached)
        #expect(gone, "left: \(left.map(HostileProcesses.describe))")
    }

    @Test func theStderrLogIsCappedKeepingItsHeadAndTailAndCountingWhatWasDropped() throws {
        let bed = try ShellTestBed()
        defer { bed.remove() }
        let target = try bed.open(fixture: "stderr-flood.sh")
        try target.initAgent("a")
        // 3 MiB per call, 24 MiB in all.
        for _ in 0..<8 { try target.emitMetric(name: "m", value: 1, unit: "count", tags: "") }
        target.close()
        let path = "\(bed.logDirectory)/shell-target.stderr.log"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        // At most the cap plus one call's output (the cut happens between calls).
        #expect(size <= ShellOutputLimits.stderrLogMaxBytes + 3 << 20)
        let log = bed.log()
        #expect(log.hasPrefix("flood library loaded"))
        let notes = log.split(separator: "\n").filter { $0.contains("bytes of library stderr dropped") }
        let last = try #require(notes.last)
        let dropped = try #require(Int(last.split(separator: " ")[1]))
        // Everything written beyond what the log holds is counted.
        #expect(dropped + size >= 24 << 20)
        #expect(dropped < 24 << 20)
        // The tail holds the latest output: the last call's text ends the log.
        #expect(log.hasSuffix(String(repeating: "e", count: 4096)))
    }

    @Test func aHundredMegabytesOfStdoutWithoutANewlineDoNotGrowTheRecorder() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-stdout")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "stdout-flood.sh"), in: dir)
        #expect(run.exitCode == RecorderExitCode.complete, "\(run.stderr)")
        // Read back in one reused 64 KiB buffer: the recorder stays near its usual size (about 20 MB),
        // far from the 100 MB the output would take in memory.
        #expect(run.peakRSSKB > 0)
        #expect(run.peakRSSKB < 64 * 1024, "peak RSS \(run.peakRSSKB) KiB")
        let records = try HostileFiles.records(dir.appendingPathComponent("r.jsonl"))
        #expect(records.last?["type"] as? String == "end")
        #expect(records.last?["failures"] as? Int == 0)
    }

    @Test func theMessageCounterGivesTheSameCountWhateverTheChunks() {
        let text = Array(#"log [ {"a":{"b":[1,{"c":"}"}]}}, {"d":"\"{"} ] {"e":1}"#.utf8)
        let whole = ShellMessageCounter.count(text)
        #expect(whole == 3)
        for split in 0...text.count {
            var counter = ShellMessageCounter()
            text[..<split].withUnsafeBytes { counter.feed($0) }
            text[split...].withUnsafeBytes { counter.feed($0) }
            #expect(counter.count == whole, "split at \(split)")
        }
    }

    // MARK: - Invalid eviction counts

    @Test func anEvictionCountBeyond2To63StopsTheRunWithExit2() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-evictions")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "huge-evictions.sh"), in: dir)
        #expect(run.exitCode == RecorderExitCode.usage, "\(run.stderr)")
        #expect(run.stderr.contains("invalid MESSAGE_BUS_EVICTIONS=\"100000000000000000000000\""), "\(run.stderr)")
        let records = try HostileFiles.records(dir.appendingPathComponent("r.jsonl"))
        #expect(records.last?["type"] as? String == "partial")
        #expect(records.last?["reason"] as? String == "invalid_library_output")
        #expect(!records.contains { $0["type"] as? String == "end" })
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func aNegativeEvictionCountAfterSourcingIsRefusedWithExit2BeforeMeasuring() throws {
        let dir = try TestSupport.makeTemporaryDirectory("hostile-evictions")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try RecorderBinaryProcess.run(shellRun(dir, fixture: "negative-evictions.sh"), in: dir)
        #expect(run.exitCode == RecorderExitCode.usage, "\(run.stderr)")
        #expect(run.stderr.contains("invalid MESSAGE_BUS_EVICTIONS=\"-9223372036854775808\""), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.jsonl").path))
        #expect(HostileFiles.busDirectories(in: dir).isEmpty)
    }

    @Test func evictionCountsMustBePlainWholeNumbersWithinRange() throws {
        func evictions(_ field: String) throws -> Int? {
            try #require(ShellReply(line: "0 1700000000.000001 1700000000.000002 \(field) -")).evictionsTotal
        }
        #expect(try evictions("0") == 0)
        #expect(try evictions("42") == 42)
        #expect(try evictions("9223372036854775807") == Int.max)
        for bad in ["100000000000000000000000", "9223372036854775808", "-9223372036854775808", "-1", "+5", "1e3", "x"] {
            #expect(try evictions(bad) == nil, "\(bad)")
        }
        // A value with spaces breaks the line protocol: reported as such, not read as a count.
        #expect(ShellReply(line: "0 1700000000.000001 1700000000.000002 1 2 -") == nil)
    }

    // MARK: - Settings

    @Test func scaleListsWithAnEmptyItemAreRejected() throws {
        for bad in ["1,,3", "1,3,", ",1", "1, ,3"] {
            var options = try RecorderOptions.parse([])
            options.scales = bad
            #expect(throws: ConfigurationError.self, "\(bad)") {
                _ = try RecorderConfiguration.resolve(
                    options, environment: [:], isDirectory: { _ in true }, randomSeed: { 1 })
            }
            let errors = StringBox()
            let code = RecorderCommand.main(
                ["--scales", bad, "--results", "/nonexistent/r"], environment: [:], output: { _ in },
                errors: { errors.append($0) })
            #expect(code == RecorderExitCode.usage)
            #expect(errors.value.contains("empty item"), "\(errors.value)")
        }
        for good in ["1, 3", "1 10  100", "1,10,100", " 2 "] {
            var options = try RecorderOptions.parse([])
            options.scales = good
            #expect(throws: Never.self) {
                _ = try RecorderConfiguration.resolve(
                    options, environment: [:], isDirectory: { _ in true }, randomSeed: { 1 })
            }
        }
        #expect(throws: ConfigurationError.self) {
            _ = try RecorderConfiguration.resolve(
                try RecorderOptions.parse([]), environment: ["SCALE_LEVELS": "1,,3"], isDirectory: { _ in true },
                randomSeed: { 1 })
        }
    }

    @Test func theLibrarySourcingLimitIsANamedConstantShownInTheHelp() {
        #expect(ShellDriver.sourcingTimeout(callTimeoutSeconds: 1) == RecorderDefaults.minimumSourcingSeconds)
        #expect(ShellDriver.sourcingTimeout(callTimeoutSeconds: 30) == 30)
        let help = RecorderOptions.helpMessage(columns: 1000)
        #expect(help.contains("sourcing the library"), "\(help)")
        #expect(help.contains("at least \(Int(RecorderDefaults.minimumSourcingSeconds)) s"), "\(help)")
    }
}
