import Testing

@testable import OverheadFormat

@Suite struct PerfLogTests {
    private func read(_ log: String, options: ReadOptions = ReadOptions()) throws -> (Recording, String) {
        try withTempFiles { files in
            let results = try files.write("r.jsonl", records: [.sample(Fixtures.sample())])
            let perf = try files.write("perf.log", log)
            return (try readResults([results], perfLogs: [perf], options: options), perf)
        }
    }

    @Test func originalFourColumnsWithHeader() throws {
        let (r, path) = try read(
            "timestamp cpu_percent memory_mb tmpfs_mb\n1696594335 2.3 150 12\n1696594336 2.5 152 13\n")
        #expect(
            r.perf == [
                PerfSample(unixTime: 1_696_594_335, cpuPercent: 2.3, memoryMB: 150, tmpfsMB: 12),
                PerfSample(unixTime: 1_696_594_336, cpuPercent: 2.5, memoryMB: 152, tmpfsMB: 13),
            ])
        #expect(r.perfLogs == [path])
        #expect(r.skippedLines == 0)
    }

    @Test func sixColumnsFractionalTimestampsCommentsTabsAndCRLF() throws {
        let log =
            "# recorder perf log\r\n\(PerfSample.header)\r\n1795714200.25\t2.5  1500.2 10.5 31.2 18.5\r\n\r\n  # note\n1795714200.75 3 1501 11 30 18.6\n"
        let (r, _) = try read(log)
        #expect(
            r.perf == [
                PerfSample(
                    unixTime: 1_795_714_200.25, cpuPercent: 2.5, memoryMB: 1500.2, tmpfsMB: 10.5,
                    recorderCPUPercent: 31.2, recorderRSSMB: 18.5),
                PerfSample(
                    unixTime: 1_795_714_200.75, cpuPercent: 3, memoryMB: 1501, tmpfsMB: 11,
                    recorderCPUPercent: 30, recorderRSSMB: 18.6),
            ])
        #expect(r.skippedLines == 0)
    }

    @Test func sevenColumnsCarryTheRecorderOutputAndLaterColumnsAreIgnored() throws {
        let log =
            "\(PerfSample.header)\n1795714200 2.5 1500.2 40.5 31.2 18.5 30.25\n1795714201 3 1501 41 30 18.6 31 extra\n"
        let (r, _) = try read(log)
        #expect(
            r.perf == [
                PerfSample(
                    unixTime: 1_795_714_200, cpuPercent: 2.5, memoryMB: 1500.2, tmpfsMB: 40.5,
                    recorderCPUPercent: 31.2, recorderRSSMB: 18.5, recorderOutputMB: 30.25),
                PerfSample(
                    unixTime: 1_795_714_201, cpuPercent: 3, memoryMB: 1501, tmpfsMB: 41,
                    recorderCPUPercent: 30, recorderRSSMB: 18.6, recorderOutputMB: 31),
            ])
        #expect(r.perf.map(\.busTmpfsMB) == [10.25, 10])
        #expect(r.skippedLines == 0)
        #expect(PerfSample.header.split(separator: " ").map(String.init) == PerfLogParser.columnNames)
    }

    @Test func fourSixAndSevenColumnLinesReadTogether() throws {
        let (r, _) = try read("1 2 3 4\n2 2 3 5 1 9\n3 2 3 6 1 9 2\n")
        #expect(r.perf.map(\.recorderRSSMB) == [nil, 9, 9])
        #expect(r.perf.map(\.recorderOutputMB) == [nil, nil, 2])
        // Without the column the bus's figure is the raw tmpfs_mb.
        #expect(r.perf.map(\.busTmpfsMB) == [4, 5, 4])
        #expect(r.skippedLines == 0)
    }

    @Test func badRecorderOutputColumnIsNamed() throws {
        let (r, path) = try read("1 2 3 4 1 9 x\n2 2 3 5 1 9 -1\n3 2 3 6 1 9 2\n")
        #expect(r.perf.count == 1)
        #expect(
            r.diagnostics.map(\.description) == [
                "\(path):1: column 7 (recorder_output_mb) is not a number: \"x\"",
                "\(path):2: column 7 (recorder_output_mb) is negative (-1.0)",
            ])
    }

    @Test func badLinesAreReportedWithTheirLine() throws {
        let log = """
            timestamp cpu_percent memory_mb tmpfs_mb
            1696594335 2.3 150 12
            1696594336 2.5 152
            1696594337 abc 150 12
            1696594338 nan 150 12
            1696594339 2.3 -5 12
            1696594340 2.3 150 12 x
            1696594341 2.3 150 12

            """
        let (r, path) = try read(log)
        #expect(
            r.diagnostics.map(\.description) == [
                "\(path):3: expected at least 4 columns (timestamp cpu_percent memory_mb tmpfs_mb), found 3",
                "\(path):4: column 2 (cpu_percent) is not a number: \"abc\"",
                "\(path):5: column 2 (cpu_percent) is not finite: \"nan\"",
                "\(path):6: column 3 (memory_mb) is negative (-5.0)",
                "\(path):7: column 5 (recorder_cpu_percent) is not a number: \"x\"",
            ])
        #expect(r.skippedLines == 5)
        #expect(r.perf.map(\.unixTime) == [1_696_594_335, 1_696_594_341])
    }

    @Test func severalLogsAreMergedInTimeOrder() throws {
        try withTempFiles { files in
            let results = try files.write("r.jsonl", records: [.sample(Fixtures.sample())])
            let a = try files.write("a.log", "20 1 1 1\n30 1 1 1\n")
            let b = try files.write("b.log", "10 1 1 1\n25 1 1 1\n")
            let r = try readResults([results], perfLogs: [a, b])
            #expect(r.perf.map(\.unixTime) == [10, 20, 25, 30])
        }
    }

    @Test func strictModeStopsAtTheFirstBadPerfLine() throws {
        var options = ReadOptions()
        options.strict = true
        #expect {
            _ = try read("1 2 3 4\n1 2 3\n1 x 3 4\n", options: options)
        } throws: { error in
            guard let e = error as? ReadError, e.kind == .badLine, let d = e.diagnostic else { return false }
            return d.line == 2 && d.message.hasPrefix("expected at least 4 columns")
        }
    }
}
