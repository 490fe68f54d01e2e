import Foundation
import Testing

@testable import OverheadFormat

@Suite struct LargeInputTests {
    /// A 10 MB line streams past in chunks (never buffered whole) and costs only itself.
    @Test func tenMegabyteLineIsSkipped() throws {
        try withTempFiles { files in
            let good = Record.sample(Fixtures.sample(ms: 1)).jsonLine
            let huge = #"{"type":"sample","test_name":""# + String(repeating: "a", count: 10_000_000) + #""}"#
            let path = try files.write("huge.jsonl", [good, huge, good].joined(separator: "\n") + "\n")
            let r = try readResults([path])
            #expect(
                r.diagnostics.map(\.description)
                    == ["\(path):2: line is 10000032 bytes (9 MiB), over the 1 MiB limit; skipped"])
            #expect(r.series.first?.value.elapsedMs == [1, 1])
        }
    }

    @Test func overlongLineAtTheEndWithoutNewline() throws {
        try withTempFiles { files in
            var options = ReadOptions()
            options.maxLineBytes = 300
            options.chunkBytes = 256
            let good = Record.sample(Fixtures.sample(ms: 1)).jsonLine
            let path = try files.write("tail.jsonl", good + "\n" + String(repeating: "z", count: 20_000))
            let r = try readResults([path], options: options)
            #expect(
                r.diagnostics.map(\.description) == [
                    "\(path):2: line is 20000 bytes, over the 300 bytes limit; skipped"
                ])
        }
    }

    /// Splitting a file across threads, and lines straddling chunk boundaries, change nothing:
    /// same series in the same order, same diagnostics with the same line numbers.
    @Test func parallelAndSmallChunkReadsMatchASequentialRead() throws {
        try withTempFiles { files in
            var lines: [String] = []
            for k in 0..<3000 {
                let agents = [1, 10, 100][k % 3]
                let op = k % 2 == 0 ? "message_send" : "message_receive"
                lines.append(
                    Record.sample(
                        Fixtures.sample(
                            "baseline", op, agents: agents, ms: Double(k) / 1000,
                            iteration: k, warmup: k % 97 == 0)
                    ).jsonLine)
                if k % 301 == 0 { lines.append("bad line \(k)") }
                if k % 500 == 0 { lines.append(Record.statistics(Fixtures.summary).jsonLine) }
            }
            let path = try files.write("big.jsonl", lines.joined(separator: "\r\n") + "\r\n")
            var sequential = ReadOptions()
            sequential.threads = 1
            let expected = try readResults([path], options: sequential)
            #expect(expected.skippedLines == 10)
            #expect(expected.diagnostics.first?.line == 2)
            for threads in [2, 3, 7] {
                var options = ReadOptions()
                options.threads = threads
                options.parallelThresholdBytes = 0
                options.chunkBytes = 1000
                options.maxLineBytes = 400
                let r = try readResults([path], options: options)
                #expect(r == expected, "threads \(threads)")
            }
        }
    }

    /// Cuts fall only where a line starts with `{`, so a pretty-printed value is never split.
    @Test func parallelReadOfThePrettyPrintedLayoutMatchesASequentialRead() throws {
        try withTempFiles { files in
            var values: [String] = []
            for k in 0..<400 {
                var value = OriginalLayoutTests.prettySummary(
                    "baseline", "message_send", agents: [1, 10, 100][k % 3], avg: Double(k) / 100)
                if k % 53 == 0 { value = value.replacingOccurrences(of: "\"p50_ms\": 0.143", with: "\"p50_ms\": null") }
                if k % 71 == 0 { value = String(value.prefix(60)) }
                values.append(value)
                values.append(OriginalLayoutTests.prettySample)
            }
            let path = try files.write("pretty.jsonl", values.joined(separator: "\n"))
            var sequential = ReadOptions()
            sequential.threads = 1
            let expected = try readResults([path], options: sequential)
            #expect(expected.skippedLines == 13)  // k = 0 is both
            #expect(expected.summaries.count == 400 - 13)
            for threads in [2, 5] {
                var options = ReadOptions()
                options.threads = threads
                options.parallelThresholdBytes = 0
                options.chunkBytes = 4096
                options.maxLineBytes = 1000
                let r = try readResults([path], options: options)
                #expect(r == expected, "threads \(threads)")
                #expect(r.diagnostics == expected.diagnostics)
                #expect(r.recordsRead == expected.recordsRead)
                #expect(r.series == expected.series)
            }
        }
    }

    @Test func strictModeAcrossThreadsReportsTheFirstBadLineOfTheFile() throws {
        try withTempFiles { files in
            let good = Record.sample(Fixtures.sample()).jsonLine
            var lines = Array(repeating: good, count: 2000)
            lines[1500] = "late bad line"
            lines[1900] = "later bad line"
            let path = try files.write("s.jsonl", lines.joined(separator: "\n"))
            var options = ReadOptions()
            options.strict = true
            options.threads = 4
            options.parallelThresholdBytes = 0
            do {
                _ = try readResults([path], options: options)
                Issue.record("expected a strict-mode error")
            } catch let e as ReadError {
                #expect(e.diagnostic?.line == 1501)
            }
        }
    }

    /// Garbage of every kind (mutated records, random bytes, stray brackets) in one file: the reader
    /// neither crashes nor loses the good records between, in one thread or several.
    @Test func hostileMixtureIsSurvived() throws {
        try withTempFiles { files in
            var generator = SplitMix64(seed: 7)
            let good = Array(Record.sample(Fixtures.sample(ms: 0.25)).jsonLine.utf8)
            var bytes: [UInt8] = []
            var goodCount = 0
            for k in 0..<3000 {
                switch k % 6 {
                case 0:
                    bytes += good
                    goodCount += 1
                case 1:
                    var v = good
                    v[Int(generator.next() % UInt64(v.count))] = UInt8(truncatingIfNeeded: generator.next())
                    bytes += v
                case 2:
                    bytes += (0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                case 3:
                    bytes += Array(good.prefix(Int(generator.next() % UInt64(good.count))))
                case 4:
                    bytes += Array("{\n  [\n\"a\": {".utf8)
                default:
                    bytes += [0x7B, 0x0D]
                }
                bytes.append(0x0A)
            }
            // End cleanly so the last value is not swallowed by a still-open one before it.
            bytes += Array("}]}]}\n".utf8) + good + [0x0A]
            goodCount += 1
            let path = try files.write("hostile.jsonl", bytes: bytes)
            for threads in [1, 3] {
                var options = ReadOptions()
                options.threads = threads
                options.parallelThresholdBytes = 0
                let r = try readResults([path], options: options)
                #expect(r.skippedLines > 1000)
                let read =
                    r.series[SeriesKey(testName: "baseline", operation: "message_send", agentCount: 1)]?.count ?? 0
                // Every intact record starts a line with `{`, so none is swallowed; a mutated copy may still be valid.
                #expect(read >= goodCount)
                #expect(read <= goodCount + 500)
            }
        }
    }
}

/// A small seeded generator (SplitMix64) so the hostile input is the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
