import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// Runs the built `overhead-record` in a private directory for the hostile-host and
/// hostile-library tests: optionally under a lowered open file limit (set by bash before it execs
/// the recorder), with stderr in a file and the recorder's peak memory.
final class RecorderBinaryProcess {
    let pid: pid_t
    let stderrPath: String
    private(set) var exitCode: Int32 = -1
    /// Set when the process ended by a signal.
    private(set) var signal: Int32 = 0
    /// The recorder's peak resident memory (VmHWM), KiB, as last seen while it ran. Not `ru_maxrss`
    /// from `wait4`: posix_spawn runs the child in the test process's memory until it execs, and
    /// the kernel keeps that (large) peak in the child's `ru_maxrss`.
    private(set) var peakRSSKB = 0
    private var reaped = false

    /// `fileLimit`: a bash `ulimit` option string such as `-n 32` (soft and hard) or `-S -n 32`.
    init(_ arguments: [String], stderrPath: String, fileLimit: String? = nil) throws {
        let binary = try ProcessSignalTests.recorderBinary().path
        let argv: [String]
        if let fileLimit {
            argv = ["/bin/bash", "-c", "ulimit \(fileLimit) || exit 99; exec \"$0\" \"$@\"", binary] + arguments
        } else {
            argv = [binary] + arguments
        }
        let pid = try CleanSpawn.spawn(argv, stderrPath: stderrPath)
        self.pid = pid
        self.stderrPath = stderrPath
    }

    /// Runs to the end (killed after `timeout` seconds) and returns itself.
    static func run(_ arguments: [String], in directory: URL, fileLimit: String? = nil, timeout: Double = 120)
        throws -> RecorderBinaryProcess
    {
        let process = try RecorderBinaryProcess(
            arguments, stderrPath: directory.appendingPathComponent("stderr-\(UUID().uuidString).txt").path,
            fileLimit: fileLimit)
        process.wait(timeout: timeout)
        return process
    }

    var isRunning: Bool {
        if reaped { return false }
        return !collect(options: WNOHANG)
    }

    /// Waits for the exit; after `timeout` seconds the process is killed (and the test will fail
    /// on its exit code).
    func wait(timeout: Double = 120) {
        let deadline = Date().addingTimeInterval(timeout)
        while !reaped && Date() < deadline {
            samplePeak()
            if collect(options: WNOHANG) { return }
            usleep(5_000)
        }
        if !reaped {
            kill(pid, SIGKILL)
            _ = collect(options: 0)
        }
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Reads VmHWM (monotonic: the peak so far) from /proc while the process runs.
    private func samplePeak() {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let number = line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
            if let kb = Int(number) { peakRSSKB = max(peakRSSKB, kb) }
        }
    }

    private func collect(options: Int32) -> Bool {
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, options)
            if r == pid { break }
            if r < 0 && errno == EINTR { continue }
            if r < 0 {
                reaped = true
                return true
            }
            return false
        }
        reaped = true
        if status & 0x7f == 0 {
            exitCode = (status >> 8) & 0xff
        } else {
            signal = status & 0x7f
            exitCode = 128 + signal
        }
        return true
    }

    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            _ = collect(options: 0)
        }
    }
}

enum HostileFiles {
    /// Names in `directory` that are bus directories (`overhead-bus.*`).
    static func busDirectories(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
            $0.hasPrefix("overhead-bus.")
        }
    }

    static func text(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    /// The last record's `type` and the whole records of a results file.
    static func records(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }

    /// Common flags of a small native run writing into `directory`.
    static func smallRun(_ directory: URL, results: String = "r.jsonl", perfLog: String = "p.log") -> [String] {
        [
            "--scales", "2", "--iterations", "4", "--runs", "1", "--warmup-runs", "0", "--quiet",
            "--sample-interval", "0.1",
            "--results", directory.appendingPathComponent(results).path,
            "--perf-log", directory.appendingPathComponent(perfLog).path, "--bus-dir", directory.path,
        ]
    }
}

enum HostileProcesses {
    /// Live processes whose argument vector is exactly `argv`.
    static func running(_ argv: [String]) -> [pid_t] {
        let wanted = Data(argv.joined(separator: "\0").utf8) + Data([0])
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { pid_t($0) }.filter { pid in
            guard isLive(pid), let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")
            else { return false }
            return cmdline == wanted
        }
    }

    /// Live processes whose command line mentions `text`.
    static func mentioning(_ text: String) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { pid_t($0) }.filter { pid in
            guard pid != getpid(), isLive(pid),
                let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")
            else { return false }
            return String(decoding: cmdline.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(text)
        }
    }

    /// `/proc/PID/stat` and the `OVERHEAD_RECORD_*` variables of a process, for failure messages.
    static func describe(_ pid: pid_t) -> String {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "gone"
        let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data()
        let marks = environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter {
            $0.hasPrefix("OVERHEAD_RECORD")
        }
        return "\(stat.prefix(80)) env=\(marks)"
    }

    /// A process that exists and is not a zombie.
    static func isLive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    /// Polls `condition` for up to `seconds`.
    static func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// Kills what a failed test left behind, so one failure does not leak processes.
    static func killAll(_ pids: [pid_t]) {
        for pid in pids { kill(pid, SIGKILL) }
    }
}
