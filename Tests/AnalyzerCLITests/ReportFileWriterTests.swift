import Foundation
import OverheadAnalysis
import OverheadReports
import TestSupport
import Testing

@testable import AnalyzerCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Report files: regular files are replaced atomically, anything else is written where it is and
/// never replaced (as root, renaming over /dev/full or /dev/stdout used to replace the device or link).
@Suite("report files: replace regular files only")
struct ReportFileWriterTests {
    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test("devices are written in place; /dev/full is a write error (ENOSPC), and stays a device")
    func devices() throws {
        // Required before anything is written to them: a wrong destination would replace the device.
        try #require(Self.fileType("/dev/null") == S_IFCHR && Self.fileType("/dev/full") == S_IFCHR)
        // In place, or standard output when the test runner's stdout is /dev/null: never replaced.
        try #require(ReportFileWriter.destination(of: "/dev/null") != .replace(target: "/dev/null"))
        try #require(ReportFileWriter.destination(of: "/dev/full") == .inPlace("/dev/full"))
        try ReportFileWriter.write(Array("report".utf8), to: "/dev/null")
        #expect(throws: ReportFileWriter.WriteError(operation: "write", code: ENOSPC)) {
            try ReportFileWriter.write(Array("report".utf8), to: "/dev/full")
        }
        #expect(Self.fileType("/dev/full") == S_IFCHR)
        #expect(Self.fileType("/dev/null") == S_IFCHR)
    }

    @Test("a regular file is replaced whole and no temporary file is left; a new path is created")
    func regularFiles() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.json").path
        #expect(ReportFileWriter.destination(of: path) == .replace(target: path))
        try ReportFileWriter.write(Array("first".utf8), to: path)
        try ReportFileWriter.write(Array("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o044 } == 0o044, "readable like any new file: \(String(mode ?? 0, radix: 8))")
    }

    @Test("a symlink (to a file, a device or nothing) is written through in place, never replaced")
    func symlinks() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.json").path
        let link = dir.appendingPathComponent("link.json").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try #require(ReportFileWriter.destination(of: link) == .inPlace(link))
        try ReportFileWriter.write(Array("new".utf8), to: link)
        #expect(Self.fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")

        let deviceLink = dir.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: deviceLink, withDestinationPath: "/dev/null")
        try #require(ReportFileWriter.destination(of: deviceLink) != .replace(target: deviceLink))
        try ReportFileWriter.write(Array("x".utf8), to: deviceLink)
        #expect(Self.fileType(deviceLink) == S_IFLNK)

        let dangling = dir.appendingPathComponent("dangling").path
        let missing = dir.appendingPathComponent("missing.json").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: missing)
        try ReportFileWriter.write(Array("made".utf8), to: dangling)
        #expect(Self.fileType(dangling) == S_IFLNK)
        #expect(try String(contentsOfFile: missing, encoding: .utf8) == "made")
    }

    @Test("a FIFO is written in place (a reader gets the report) and stays a FIFO")
    func fifo() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pipe").path
        try #require(mkfifo(path, 0o600) == 0)
        let received = Captured()
        let reader = Thread {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while case let n = read(fd, &buffer, buffer.count), n > 0 { bytes += buffer[..<n] }
            close(fd)
            received.writeOut(String(decoding: bytes, as: UTF8.self))
        }
        reader.start()
        try ReportFileWriter.write(Array("through the pipe".utf8), to: path)
        for _ in 0..<200 where received.out.isEmpty { usleep(10_000) }
        #expect(received.out == "through the pipe")
        #expect(Self.fileType(path) == S_IFIFO)
    }

    @Test("a directory is an error, not replaced")
    func directory() throws {
        let dir = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: ReportFileWriter.WriteError.self) { try ReportFileWriter.write([1], to: dir.path) }
        #expect(Self.fileType(dir.path) == S_IFDIR)
    }

    @Test("`-` writes that report to stdout instead of the console report; two to stdout is an error")
    func standardOutput() {
        #expect(ReportFileWriter.destination(of: "-") == .standardOutput)
        let (status, out) = runCommand(
            ["r.jsonl", "--json", "-"], recordings: ["r.jsonl": AnalyzerCommandTests.passing])
        #expect(status == 0)
        #expect(out.files["-"].map { String(decoding: $0, as: UTF8.self).contains("color=") } == true)
        #expect(out.out.isEmpty, "no console report: \(out.out)")
        let reports = ReportSet(console: VerdictLines(), json: VerdictLines(), junit: VerdictLines(), html: nil)
        let (twice, err) = runCommand(
            ["r.jsonl", "--json", "-", "--junit", "-"], recordings: ["r.jsonl": AnalyzerCommandTests.passing],
            reports: reports)
        #expect(twice == 2)
        #expect(err.err.contains("only one report can be written to standard output"))
    }
}
