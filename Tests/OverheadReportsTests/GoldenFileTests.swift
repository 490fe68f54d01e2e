import Foundation
import TestSupport
import Testing

/// The shared golden-file comparison fails on a difference, shows it, and leaves the output beside the file.
@Suite struct GoldenFileTests {
    @Test func aDifferenceFailsWithTheLinesAndLeavesTheOutput() throws {
        let dir = try TestSupport.makeTemporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("a\nb\nc\n".utf8).write(to: dir.appendingPathComponent("x.txt"))
        let failure = try #require(
            try GoldenFile.compare(Array("a\nB\nc\n".utf8), against: "x.txt", in: dir, recording: false))
        #expect(failure.contains("@@ line 2 (expected 3 lines, got 3) @@\n a\n-b\n+B\n"), "\(failure)")
        #expect(failure.contains("diff -u \(dir.path)/x.txt \(dir.path)/x.txt.got"), "\(failure)")
        let got = try String(contentsOf: dir.appendingPathComponent("x.txt.got"), encoding: .utf8)
        #expect(got == "a\nB\nc\n")
    }

    @Test func aMissingFileFailsAndAMatchRemovesTheStaleOutput() throws {
        let dir = try TestSupport.makeTemporaryDirectory("golden")
        defer { try? FileManager.default.removeItem(at: dir) }
        let new = Array("new\n".utf8)
        let missing = try GoldenFile.compare(new, against: "y.txt", in: dir, recording: false)
        #expect(missing?.hasPrefix("Missing golden file \(dir.path)/y.txt") == true, "\(missing ?? "")")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.txt.got").path))
        #expect(try GoldenFile.compare(new, against: "y.txt", in: dir, recording: true) == nil)
        #expect(try String(contentsOf: dir.appendingPathComponent("y.txt"), encoding: .utf8) == "new\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.txt.got").path))
        #expect(try GoldenFile.compare(new, against: "y.txt", in: dir, recording: false) == nil)
    }

    @Test func theGoldenFolderIsTheTestTargetsOwn() {
        let root = TestSupport.packageRoot.path
        #expect(
            GoldenFile.directory(ofTestFile: "\(root)/Tests/AnalyzerCLITests/CompareCommandTests.swift").path
                == "\(root)/Tests/AnalyzerCLITests/Golden")
        #expect(
            GoldenFile.directory(ofTestFile: "\(root)/Tests/OverheadFormatTests/Reading/X.swift").path
                == "\(root)/Tests/OverheadFormatTests/Golden")
    }
}
