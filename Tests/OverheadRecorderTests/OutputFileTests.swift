import Foundation
import TestSupport
import Testing

@testable import OverheadRecorder

@Suite struct OutputFileTests {
    @Test func linesReachTheFileOnlyAtFlushAndWhole() throws {
        let dir = try TestSupport.makeTemporaryDirectory("linefile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.jsonl").path
        let file = try LineFile(path: path)
        file.append(#"{"a":1}"#)
        file.append(#"{"b":2}"#)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
        try file.flush()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n{\"b\":2}\n")
        #expect(file.linesWritten == 2)
    }

    @Test func aFailedWriteKeepsEarlierLinesAndNamesThePath() throws {
        let file = try LineFile(path: "/dev/full")
        file.append("{}")
        let error = try #require(throws: RecorderIOError.self) { try file.flush() }
        #expect(error.isNoSpace)
        #expect(error.description.contains("/dev/full"))
        #expect(file.linesWritten == 0)
    }

    @Test func busDirectoryIsCreatedPrivateAndRemovedWithoutFollowingLinks() throws {
        let parent = try TestSupport.makeTemporaryDirectory("busdir")
        let outside = try TestSupport.makeTemporaryDirectory("busdir-outside")
        defer {
            try? FileManager.default.removeItem(at: parent)
            try? FileManager.default.removeItem(at: outside)
        }
        let keep = outside.appendingPathComponent("keep.txt")
        try "keep".write(to: keep, atomically: true, encoding: .utf8)

        let bus = try BusDirectory(parent: parent.path)
        let attributes = try FileManager.default.attributesOfItem(atPath: bus.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        try FileManager.default.createDirectory(atPath: bus.path + "/agent-1/inbox", withIntermediateDirectories: true)
        try "m".write(toFile: bus.path + "/agent-1/inbox/1.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: bus.path + "/planted", withDestinationPath: outside.path)
        let second = try BusDirectory(parent: parent.path)
        #expect(second.path != bus.path)
        bus.remove()
        second.remove()
        #expect(!FileManager.default.fileExists(atPath: bus.path))
        #expect(FileManager.default.fileExists(atPath: keep.path))
    }

    @Test func missingParentIsAnIOError() {
        #expect(throws: RecorderIOError.self) { _ = try BusDirectory(parent: "/nonexistent-parent-dir") }
    }

    @Test func timestampsAreISO8601WithMilliseconds() {
        // 2025-10-06T10:30:00.123Z = 1759746600.123 s (date -u -d @1759746600).
        #expect(Timestamp.iso8601(wallNs: 1_759_746_600_123_456_789) == "2025-10-06T10:30:00.123Z")
        #expect(Timestamp.iso8601(wallNs: 0) == "1970-01-01T00:00:00.000Z")
    }

    @Test func clockAnchorMapsMonotonicToWall() {
        let anchor = ClockAnchor(monotonicNs: 1_000, wallNs: 5_000_000)
        #expect(anchor.wall(atMonotonic: 3_500) == 5_002_500)
        #expect(anchor.wall(atMonotonic: 500) == 4_999_500)
    }
}
