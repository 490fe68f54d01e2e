import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built analyzer on hostile recordings with every report flag: no crash, no hang, and time
/// and memory within the documented bound (release: ≤ 2 s and ≤ 200 MB for a 10 MB input on a
/// 2-core machine). Debug builds are several times slower, so the assertion is calibrated to the
/// build the test runs with; the margins are wide so a busy machine does not make it flaky, while
/// each fixture once took 50 s to minutes and gigabytes.
@Suite("overhead-analyze on hostile input: bounded", .serialized)
struct HostileInputProcessTests {
    #if DEBUG
        static let maxSeconds = 30.0
        static let maxMegabytes = 600.0
    #else
        static let maxSeconds = 6.0
        static let maxMegabytes = 300.0
    #endif

    /// The fixtures, with the many-agent-counts one at about 10 MB (20,000 agent counts).
    static var fixtures: [(name: String, text: String)] {
        HostileRecordings.all.filter { $0.name != "many-agent-counts" }
            + [("many-agent-counts", HostileRecordings.manyAgentCounts(20_000))]
    }

    @Test("every hostile fixture: analyse and compare with all reports, within the bound")
    func bounded() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in Self.fixtures {
            let file = dir.appendingPathComponent(name + ".jsonl").path
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            let reports = ["json", "junit", "html"].flatMap {
                ["--\($0)", dir.appendingPathComponent("\(name).\($0)").path]
            }
            for arguments in [
                [file, "--color", "always"] + reports, ["compare", file, file, "--json", dir.path + "/c.json"],
            ] {
                let run = try MeasuredProcess.run(arguments, in: dir)
                let what = "\(name) \(arguments[0] == "compare" ? "compare" : "analyze")"
                #expect(run.signal == 0, "\(what): killed by signal \(run.signal)\n\(run.stderr)")
                #expect([0, 1].contains(run.status), "\(what): exit \(run.status)\n\(run.stderr)")
                #expect(run.seconds < Self.maxSeconds, "\(what): \(run.seconds) s")
                #expect(run.peakMegabytes < Self.maxMegabytes, "\(what): \(run.peakMegabytes) MB")
            }
            for ext in ["json", "junit", "html"] {
                let size =
                    (try? FileManager.default.attributesOfItem(atPath: dir.path + "/\(name).\(ext)")[.size]) as? Int
                #expect((size ?? .max) < 5_000_000, "\(name).\(ext): \(size ?? -1) bytes")
            }
        }
    }

    @Test("a report to a link to /dev/full: exit 2 naming ENOSPC, and the link is not replaced")
    func deviceFull() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Through a link of our own: if the analyzer renamed over the path again, it would replace
        // the link, never the machine's /dev/full.
        let full = dir.appendingPathComponent("full").path
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: "/dev/full")
        let file = dir.appendingPathComponent("r.jsonl").path
        try HostileRecordings.text(HostileRecordings.base).write(toFile: file, atomically: false, encoding: .utf8)
        let run = try MeasuredProcess.run([file, "--json", full], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write the JSON report to \(full): write: No space left on device"))
        var info = stat()
        #expect(lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        // `-` and /dev/stdout (stdout being a file here): the report, whole, instead of the console report.
        for path in ["-", "/dev/stdout"] {
            let stdout = try MeasuredProcess.run([file, "--json", path, "--color", "never"], in: dir)
            #expect(stdout.status == 0 || stdout.status == 1, "\(path): \(stdout.stderr)")
            #expect(stdout.stdout.hasPrefix("{") && stdout.stdout.hasSuffix("}\n"), "\(path)")
            #expect(!stdout.stdout.contains("PERFORMANCE OVERHEAD ANALYSIS"), "\(path)")
        }
    }
}
