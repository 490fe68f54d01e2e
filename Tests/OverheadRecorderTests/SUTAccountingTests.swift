import Foundation
import OverheadFormat
import TestSupport
import Testing

@testable import OverheadRecorder

@Suite struct SUTAccountingTests {
    @Test func pathsFoldAgentNamesAndNumberedFiles() {
        #expect(BusStorage.fold("agent-17") == "*")
        #expect(BusStorage.fold("1764178200123-agent-1-3.json") == "*.json")
        #expect(BusStorage.fold("agent-1.agent-2") == "*")
        #expect(BusStorage.fold("metrics.jsonl") == "metrics.jsonl")
        #expect(BusStorage.fold("status.json") == "status.json")
        #expect(BusStorage.fold(".lock") == ".lock")
    }

    @Test func storageCountsAllocatedBytesPerKindOfPath() throws {
        let dir = try TestSupport.makeTemporaryDirectory("bus-storage")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        for agent in ["agent-1", "agent-2"] {
            let inbox = dir.appendingPathComponent("messages/\(agent)/inbox")
            try fm.createDirectory(at: inbox, withIntermediateDirectories: true)
            for k in 0..<3 {
                try Data(repeating: 65, count: 5000).write(to: inbox.appendingPathComponent("100\(k)-x-\(k).json"))
            }
        }
        try fm.createDirectory(at: dir.appendingPathComponent("metrics"), withIntermediateDirectories: true)
        try Data(repeating: 66, count: 100_000).write(to: dir.appendingPathComponent("metrics/metrics.jsonl"))
        try fm.createDirectory(at: dir.appendingPathComponent(".shell-driver"), withIntermediateDirectories: true)
        try Data(repeating: 67, count: 50_000).write(to: dir.appendingPathComponent(".shell-driver/x"))

        let usage = BusStorage(root: dir.path, exclude: [".shell-driver"]).read()
        #expect(usage.paths.map(\.path) == ["messages/*/inbox/*.json", "metrics/metrics.jsonl"])
        // Allocated blocks: at least the bytes written, less than a page more per file.
        let inbox = usage.paths[0].megabytes * 1_048_576
        let metrics = usage.paths[1].megabytes * 1_048_576
        #expect(inbox >= 30_000 && inbox <= 30_000 + 6 * 4096 * 2)
        #expect(metrics >= 100_000 && metrics <= 100_000 + 4096 * 2)
        #expect(abs(usage.totalMB * 1_048_576 - inbox - metrics) < 1)
    }

    @Test func statLinesParseWithAwkwardCommandNames() throws {
        // A /proc/PID/stat line whose command holds a space and a parenthesis (fields from proc(5)).
        let line =
            "4242 (a b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 7 3 2 1 20 0 1 0 555 1000000 300 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0"
        let stat = try #require(ProcessStat.parse(ArraySlice(Array(line.utf8)), pid: 4242))
        #expect(stat.parent == 1)
        #expect(stat.cpuNs == 13 * ProcessStat.tickNs)
        #expect(stat.startTime == 555)
        #expect(stat.rssBytes == 300 * ProcessStat.pageSize)
    }

    @Test func aTreeCountsTheChildrenItReaped() throws {
        // bash runs three children busy for 0.4 s each, one after another, and waits for each: their
        // CPU moves into bash's cutime as they are reaped, and the tree's total keeps it.
        let pid = try CleanSpawn.spawn(
            [
                "/bin/bash", "-c",
                #"for i in 1 2 3; do bash -c 'e=$(( ${EPOCHREALTIME/./} + 400000 )); while (( ${EPOCHREALTIME/./} < e )); do :; done'; done"#,
            ], stderrPath: "/dev/null")
        defer {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        var account = ProcessTreeAccount(root: pid)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var last: UInt64 = 0
        var sawChild = false
        var sawMemory = false
        // Memory counts the processes that lasted since the previous reading: none at the first.
        #expect(account.read(withPSS: false, buffer: &buffer).rssBytes == 0)
        for _ in 0..<400 {
            let zombie = ProcessTable.entry(pid)?.state == UInt8(ascii: "Z")
            let r = account.read(withPSS: true, buffer: &buffer)
            #expect(r.cpuNs + ProcessStat.tickNs >= last, "the total never goes back")
            last = max(last, r.cpuNs)
            if r.processes > 1 { sawChild = true }
            if r.rssBytes > 0 { sawMemory = true }
            if zombie { break }  // bash is done; its cutime holds all three children
            usleep(20_000)
        }
        #expect(sawChild)
        #expect(sawMemory)
        // 1.2 s of busy wall time: well over 0.1 s of CPU even on a loaded machine.
        #expect(last > 100_000_000, "\(last)")
    }
}
