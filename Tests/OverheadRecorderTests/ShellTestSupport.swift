import Foundation
import Glibc
import TestSupport
import Testing

@testable import OverheadRecorder

/// A bus root and log folder for one shell-target test, and helpers to look at processes.
struct ShellTestBed {
    static let referenceLibrary = TestSupport.packageRoot.appendingPathComponent("samples/shell-lib").path
    static let fixtures = TestSupport.packageRoot.appendingPathComponent("Tests/OverheadRecorderTests/Fixtures/shell")
        .path

    let root: URL
    var busRoot: String { root.appendingPathComponent("bus").path }
    var logDirectory: String { root.appendingPathComponent("logs").path }

    init() throws {
        root = try TestSupport.makeTemporaryDirectory("shell-target")
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// A factory over the reference library; `fixture` replaces the last-sourced role's file.
    func factory(fixture: String? = nil, timeout: Double = 10) throws -> ShellTargetFactory {
        var overrides: [String: String] = [:]
        if let fixture { overrides["shutdown-coordination"] = "\(Self.fixtures)/\(fixture)" }
        return try ShellTargetFactory(
            configuration: ShellTargetConfiguration(
                libraryDirectory: Self.referenceLibrary, fileOverrides: overrides,
                callTimeoutSeconds: timeout, logDirectory: logDirectory))
    }

    func open(fixture: String? = nil, timeout: Double = 10) throws -> ShellTarget {
        try #require(try factory(fixture: fixture, timeout: timeout).open(busRoot: busRoot) as? ShellTarget)
    }

    func inboxCount(_ agent: String) -> Int {
        let inbox = "\(busRoot)/messages/\(agent)/inbox"
        return ((try? FileManager.default.contentsOfDirectory(atPath: inbox)) ?? []).filter { $0.hasSuffix(".json") }
            .count
    }

    func log(_ name: String = "shell-target.stderr.log") -> String {
        (try? String(contentsOfFile: "\(logDirectory)/\(name)", encoding: .utf8)) ?? ""
    }
}

enum ShellProcesses {
    /// Live (not zombie) processes whose process group is `group`.
    static func liveMembers(ofGroup group: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // fields[0] = state, fields[2] = process group
            return fields.count > 2 && fields[0] != "Z" && fields[0] != "X" && Int32(fields[2]) == group
        }
    }

    /// True if `pid` is gone or a zombie that is not ours to reap any more.
    static func isGone(_ pid: Int32) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Polls `condition` for up to `seconds`.
    static func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
        TestSupport.waitUntil(timeout: seconds, poll: 0.02, condition)
    }
}
