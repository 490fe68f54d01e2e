import Foundation
import Testing

@testable import OverheadFormat

@Suite struct ReadErrorTests {
    private func readError(_ body: () throws -> Recording) -> ReadError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? ReadError
        }
    }

    @Test func missingFileNamesTheFile() throws {
        let e = try #require(readError { try readResults(["/nonexistent/results.jsonl"]) })
        #expect(e.kind == .cannotOpen)
        #expect(e.file == "/nonexistent/results.jsonl")
        #expect(e.message == "/nonexistent/results.jsonl: cannot open: No such file or directory")
    }

    @Test func missingPerfLogNamesTheFile() throws {
        try withTempFiles { files in
            let results = try files.write("r.jsonl", records: [.sample(Fixtures.sample())])
            let e = try #require(readError { try readResults([results], perfLogs: ["/nonexistent/perf.log"]) })
            #expect(e.kind == .cannotOpen)
            #expect(e.message == "/nonexistent/perf.log: cannot open: No such file or directory")
        }
    }

    @Test func directoryIsRejected() throws {
        try withTempFiles { files in
            let e = try #require(readError { try readResults([files.directory.path]) })
            #expect(e.kind == .cannotOpen)
            #expect(e.message == "\(files.directory.path): cannot open: is a directory")
        }
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return }  // root reads anything
        try withTempFiles { files in
            let path = try files.write("locked.jsonl", records: [.sample(Fixtures.sample())])
            chmod(path, 0)
            let e = try #require(readError { try readResults([path]) })
            #expect(e.message == "\(path): cannot open: Permission denied")
        }
    }

    @Test func emptyAndBlankFiles() throws {
        try withTempFiles { files in
            for (name, text) in [("empty.jsonl", ""), ("blank.jsonl", "\n  \n\r\n"), ("bom.jsonl", "\u{FEFF}")] {
                let path = try files.write(name, text)
                let e = try #require(readError { try readResults([path]) })
                #expect(e.kind == .empty)
                #expect(e.message == "\(path): empty file: no records in it")
            }
            // A perf log without samples (a run shorter than one sampling interval) is not an
            // error: the recording is read, and the analysis reports the resources as not evaluated.
            let results = try files.write("r.jsonl", records: [.sample(Fixtures.sample())])
            for (name, text) in [("perf.log", "timestamp cpu_percent memory_mb tmpfs_mb\n"), ("none.log", "")] {
                let perf = try files.write(name, text)
                let recording = try readResults([results], perfLogs: [perf])
                #expect(recording.perf.isEmpty)
                #expect(recording.perfLogs == [perf])
                #expect(recording.recordsRead == 1)
            }
        }
    }

    @Test func fileWithOnlyBadLinesIsAnErrorCitingTheFirst() throws {
        try withTempFiles { files in
            let path = try files.write("bad.jsonl", "nope\nnope\n")
            let e = try #require(readError { try readResults([path]) })
            #expect(e.kind == .empty)
            #expect(e.diagnostic?.line == 1)
            #expect(
                e.message
                    == "\(path): no valid records (2 bad lines skipped; first: \(path):1: not valid JSON: unexpected character 'n'; expected a JSON value (at column 1))"
            )
        }
    }

    @Test func noResultsFiles() {
        #expect(readError { try readResults([]) }?.kind == .noInput)
    }

    @Test func strictModeStopsAtTheFirstBadLine() throws {
        try withTempFiles { files in
            let good = Record.sample(Fixtures.sample()).jsonLine
            let path = try files.write(
                "s.jsonl", [good, good, #"{"type":"bogus"}"#, "garbage"].joined(separator: "\n"))
            var options = ReadOptions()
            options.strict = true
            let e = try #require(readError { try readResults([path], options: options) })
            #expect(e.kind == .badLine)
            #expect(e.diagnostic == Diagnostic(file: path, line: 3, message: "unknown record type \"bogus\""))
            #expect(e.message == "\(path):3: unknown record type \"bogus\" (strict mode stops at the first bad line)")
            // Tolerant mode reads the same file and reports both bad lines.
            let r = try readResults([path])
            #expect(r.skippedLines == 2)
        }
    }

    @Test func strictModeAcceptsACleanFile() throws {
        try withTempFiles { files in
            var options = ReadOptions()
            options.strict = true
            let r = try readResults([try files.write("ok.jsonl", records: Fixtures.everyType)], options: options)
            #expect(r.recordsRead == Fixtures.everyType.count)
        }
    }
}
