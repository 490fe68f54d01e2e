import Testing

@testable import OverheadFormat

@Suite struct SUTPerfLogTests {
    func parse(_ text: String) -> (perf: [PerfSample], diagnostics: [Diagnostic]) {
        var parser = PerfLogParser(file: "perf.log", options: ReadOptions())
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var bytes = Array(line.utf8)
            _ = bytes.withUnsafeMutableBytes { parser.consume(line: UnsafeRawBufferPointer($0), number: k + 1) }
        }
        return (parser.builder.perf, parser.builder.diagnostics)
    }

    @Test func systemUnderTestFieldsFollowThePositionalColumns() throws {
        let line =
            "1795714200.250 99.5 1500.2 40.5 1.2 18.5 0.3 sut_cpu=3.250 sut_bg_cpu=0.040 sut_rss_mb=44.000 "
            + "sut_pss_mb=20.500 bus_mb=0.400 cpu:liveness_probe=0.010 cpu:my%20loop=0.030 mem:liveness_probe=3.000 "
            + "mb:metrics/metrics.jsonl=0.300 mb:messages/*/inbox/*.json=0.100 later_field=7 phase=soak"
        let (perf, diagnostics) = parse(line)
        #expect(diagnostics.isEmpty)
        let p = try #require(perf.first)
        #expect(p.recorderOutputMB == 0.3)
        #expect(p.isSoak)
        let sut = try #require(p.sut)
        #expect(sut.cpuPercent == 3.25 && sut.backgroundCPUPercent == 0.04)
        #expect(sut.rssMB == 44 && sut.pssMB == 20.5 && sut.busMB == 0.4)
        #expect(sut.memoryMeasure == nil && sut.memoryMB(.pss) == 20.5 && sut.memoryMB(.rss) == 44)
        #expect(
            sut.components == [
                SUTResources.Component(name: "liveness_probe", cpuPercent: 0.01, rssMB: 3),
                SUTResources.Component(name: "my loop", cpuPercent: 0.03),
            ])
        #expect(sut.paths.map(\.path) == ["metrics/metrics.jsonl", "messages/*/inbox/*.json"])
    }

    @Test func olderLogsHaveNoSystemUnderTestFields() throws {
        let (perf, diagnostics) = parse("1795714200 2.5 1500.2 40.5 31.2 18.5 30.25\n1795714201 3 1501 41")
        #expect(diagnostics.isEmpty)
        #expect(perf.count == 2)
        #expect(perf.allSatisfy { $0.sut == nil && $0.phase == nil })
    }

    @Test func incompleteOrInvalidFieldsAreDiagnosedAndTheLineSkipped() {
        let (perf, diagnostics) = parse(
            "1795714200 2.5 1500.2 40.5 sut_cpu=1 bus_mb=2\n1795714201 2.5 1500.2 40.5 sut_cpu=1 sut_bg_cpu=-1 sut_rss_mb=1 bus_mb=1\n1795714202 2.5 1500.2 40.5 phase=soak 7"
        )
        #expect(perf.isEmpty)
        #expect(diagnostics.map(\.line) == [1, 2, 3])
        #expect(diagnostics[0].message.contains("missing sut_bg_cpu, sut_rss_mb"))
        #expect(diagnostics[1].message.contains("not a finite, non-negative number"))
    }

    @Test func theMemoryMeasureIsDeclaredAndAGapHasNoFigure() throws {
        let (perf, diagnostics) = parse(
            "1795714200 2.5 1500.2 40.5 sut_cpu=1 sut_bg_cpu=0 sut_rss_mb=44 sut_pss_mb=20 sut_mem=pss bus_mb=1\n"
                + "1795714201 2.5 1500.2 40.5 sut_cpu=1 sut_bg_cpu=0 sut_rss_mb=44 sut_mem=pss bus_mb=1 phase=soak_warmup\n"
                + "1795714202 2.5 1500.2 40.5 sut_cpu=1 sut_bg_cpu=0 sut_rss_mb=44 sut_mem=uss bus_mb=1")
        #expect(perf.count == 2)
        #expect(perf.map { $0.sut?.memoryMeasure } == [.pss, .pss])
        #expect(perf.map { $0.sut?.memoryMB(.pss) } == [20, nil])
        #expect(!perf[1].isSoak && perf[1].phase == SUTColumns.soakWarmupPhase)
        #expect(diagnostics.map(\.line) == [3])
        #expect(diagnostics.first?.message.contains("must be pss or rss") == true)
    }

    @Test func namesRoundTripThroughTheirEncoding() {
        for name in ["plain", "with space", "a=b", "50%", "tab\there"] {
            #expect(SUTColumns.decode(Substring(SUTColumns.encode(name))) == name)
            #expect(!SUTColumns.encode(name).contains(" ") && !SUTColumns.encode(name).contains("="))
        }
        #expect(SUTColumns.decode("odd%2") == "odd%2")
    }
}
