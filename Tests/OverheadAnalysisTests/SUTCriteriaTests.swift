import OverheadFormat
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Resource criteria on the system under test")
struct SUTCriteriaTests {
    /// A recording whose perf log carries system-under-test fields: `soakMinutes` of soak lines after
    /// a minute of suite lines. The host columns come from `hostCPU`/`hostMemorySlope` (other
    /// processes); the system under test's from the closures.
    static func recording(
        soakMinutes: Double = 2, hostCPU: Double = 2, hostMemorySlope: Double = 0,
        components: @escaping (Int) -> [SUTResources.Component] = { _ in
            [
                SUTResources.Component(name: "liveness_probe", cpuPercent: 0.01, rssMB: 3),
                SUTResources.Component(name: "alerting", cpuPercent: 0.02, rssMB: 3),
            ]
        },
        paths: @escaping (Int) -> [SUTResources.PathUsage] = { _ in
            [SUTResources.PathUsage(path: "metrics/metrics.jsonl", megabytes: 0.4)]
        }
    ) -> Recording {
        var rec = SyntheticRecording().build()
        rec.manifest = Manifest(
            host: HostInfo(hostname: "h", kernel: "k", cpuModel: "c", cpuCount: 2, memoryMB: 24000, tmpfsMB: 12000),
            config: RunConfiguration(
                iterations: 100, scaleLevels: [1, 10, 100], statisticalRuns: 5, warmupRuns: 1, concurrency: 1,
                sampleIntervalSeconds: 1, timeoutSeconds: nil, latencyRegressionThresholdMs: nil, seed: 1,
                targetOverheadPercent: 1, confidence: 0.95, untilDecided: false),
            target: TargetInfo(kind: "native"), startTime: "2026-11-29T00:00:00.000Z")
        let perf = SyntheticRecording.perf(
            minutes: 1 + soakMinutes, cpu: hostCPU, memorySlope: hostMemorySlope, seed: 11)
        rec.perf = perf.enumerated().map { i, p in
            var p = p
            let c = components(i)
            let bg = c.reduce(0) { $0 + $1.cpuPercent }
            let ps = paths(i)
            p.recorderCPUPercent = 0.5
            p.sut = SUTResources(
                cpuPercent: 3 + bg, backgroundCPUPercent: bg, rssMB: 40 + Double(i % 3), pssMB: nil,
                busMB: ps.reduce(0) { $0 + $1.megabytes }, components: c, paths: ps)
            p.phase = i >= 60 ? SUTColumns.soakPhase : nil
            return p
        }
        return rec
    }

    func verdicts(_ rec: Recording) throws -> [String: CriterionResult] {
        let r = try Analyzer.analyze(rec)
        var out: [String: CriterionResult] = [:]
        for c in r.criteria where ["cpu", "memory_stable", "tmpfs_bounded"].contains(c.id) { out[c.id] = c }
        return out
    }

    @Test("the same system under test on an idle and on a loaded host gets the same verdicts")
    func idleAndLoadedAgree() throws {
        let idle = try verdicts(Self.recording(hostCPU: 2, hostMemorySlope: 0))
        // Every core busy, memory growing by 1 GB/min: other processes' figures.
        let loaded = try verdicts(Self.recording(hostCPU: 99, hostMemorySlope: 1024))
        for id in ["cpu", "memory_stable", "tmpfs_bounded"] {
            #expect(idle[id]?.verdict == .pass, "\(id): \(String(describing: idle[id]?.basis))")
            #expect(idle[id]?.verdict == loaded[id]?.verdict, "\(id)")
            #expect(idle[id]?.measured == loaded[id]?.measured, "\(id)")
            #expect(idle[id]?.notes.contains(.systemUnderTest(soak: true)) == true)
        }
    }

    @Test("the host-wide figures of the same recordings differ, and the loaded one is flagged as a busy host")
    func hostFiguresDiffer() throws {
        let idle = try Analyzer.analyze(Self.recording(hostCPU: 2))
        let loaded = try Analyzer.analyze(Self.recording(hostCPU: 99, hostMemorySlope: 1024))
        #expect(loaded.resources!.overall.cpuAvg > 90)
        #expect(idle.resources!.overall.cpuAvg < 5)
        #expect(loaded.resources!.memorySlopeMBPerMin!.value > 1000)
        #expect(loaded.warnings.contains { if case .busyHost = $0 { true } else { false } })
        #expect(!idle.warnings.contains { if case .busyHost = $0 { true } else { false } })
    }

    @Test("a background worker burning CPU fails the CPU criterion and is named")
    func burningWorkerFails() throws {
        let rec = Self.recording { i in
            [
                SUTResources.Component(name: "liveness_probe", cpuPercent: 0.01),
                SUTResources.Component(name: "burn_cpu", cpuPercent: 95 + Double(i % 5)),
            ]
        }
        let cpu = try #require(try verdicts(rec)["cpu"])
        #expect(cpu.verdict == .fail, "\(cpu.basis)")
        #expect(
            cpu.notes.contains { if case .largestComponent(let name, _) = $0 { name == "burn_cpu" } else { false } })
    }

    @Test("a file on the bus that keeps growing fails the tmpfs criterion and the report names it")
    func leakingPathFails() throws {
        // 0.0625 MB appended every second: 3.75 MB/min.
        let rec = Self.recording(paths: { i in
            [
                SUTResources.PathUsage(path: "metrics/metrics.jsonl", megabytes: 0.4),
                SUTResources.PathUsage(path: "metrics/leak.log", megabytes: 0.0625 * Double(i)),
            ]
        })
        let tmpfs = try #require(try verdicts(rec)["tmpfs_bounded"])
        #expect(tmpfs.verdict == .fail, "\(tmpfs.basis)")
        #expect(abs(tmpfs.measured!.value - 3.75) < 0.01)
        #expect(
            tmpfs.notes.contains {
                if case .growingPath(let path, _) = $0 { path == "metrics/leak.log" } else { false }
            })
    }

    @Test("a background worker whose memory keeps growing fails the memory criterion and is named")
    func leakingMemoryFails() throws {
        let rec = Self.recording { i in
            [
                SUTResources.Component(name: "liveness_probe", cpuPercent: 0.01, rssMB: 3),
                SUTResources.Component(name: "grow_array", cpuPercent: 0.01, rssMB: 3 + 0.1 * Double(i)),
            ]
        }
        var rec2 = rec
        // The system under test's memory includes the component's.
        rec2.perf = rec.perf.enumerated().map { i, p in
            var p = p
            p.sut!.rssMB += 0.1 * Double(i)
            return p
        }
        let memory = try #require(try verdicts(rec2)["memory_stable"])
        #expect(memory.verdict == .fail, "\(memory.basis)")
        #expect(
            memory.notes.contains {
                if case .growingComponent(let name, _) = $0 { name == "grow_array" } else { false }
            })
    }

    @Test("a series declared PSS stays PSS: lines without a PSS figure are gaps, never RSS in their place")
    func declaredPSSWithGaps() throws {
        // PSS flat at 12 MB; RSS (shared pages counted in every process) growing 5 MB/min; every 7th
        // soak line without its PSS figure.
        var rec = Self.recording()
        rec.perf = rec.perf.enumerated().map { i, p in
            var p = p
            p.sut!.memoryMeasure = .pss
            p.sut!.rssMB = 60 + 5 * Double(i) / 60
            p.sut!.pssMB = i % 7 == 3 ? nil : 12 + 0.05 * Double(i % 2)
            return p
        }
        let gaps = rec.perf.filter { $0.isSoak && $0.sut!.pssMB == nil }.count
        let result = try Analyzer.analyze(rec)
        let sut = try #require(result.resources?.sut)
        #expect(sut.memoryIsPSS)
        #expect(sut.memoryGaps == gaps && gaps > 10)
        #expect(abs(sut.memoryMaxMB - 12.05) < 1e-9)
        let memory = try #require(try verdicts(rec)["memory_stable"])
        #expect(memory.verdict == .pass, "\(memory.basis)")
        #expect(abs(memory.measured!.value) < 0.1)
        #expect(memory.notes.contains(.memoryIsPSS(true)))
    }

    @Test("a series declared RSS is judged on RSS even where lines also carry PSS")
    func declaredRSS() throws {
        var rec = Self.recording()
        rec.perf = rec.perf.enumerated().map { i, p in
            var p = p
            p.sut!.memoryMeasure = .rss
            p.sut!.rssMB = 40
            p.sut!.pssMB = 10 + 2 * Double(i) / 60
            return p
        }
        let memory = try #require(try verdicts(rec)["memory_stable"])
        #expect(memory.verdict == .pass, "\(memory.basis)")
        #expect(memory.notes.contains(.memoryIsPSS(false)))
    }

    @Test("an older log without the declaration: PSS when every line has it, else RSS for the whole series")
    func undeclaredLogsNeverMix() throws {
        var rec = Self.recording()
        // PSS on the first half only (an older recorder that dropped it after one miss), RSS flat.
        rec.perf = rec.perf.enumerated().map { i, p in
            var p = p
            p.sut!.rssMB = 40
            p.sut!.pssMB = i < 90 ? 10 : nil
            return p
        }
        let sut = try #require(try Analyzer.analyze(rec).resources?.sut)
        #expect(!sut.memoryIsPSS && sut.memoryGaps == 0 && sut.memoryMaxMB == 40)
    }

    @Test("a soak shorter than the growth span leaves memory and tmpfs not evaluated, saying so")
    func shortSoak() throws {
        let all = try verdicts(Self.recording(soakMinutes: 0.5))
        for id in ["memory_stable", "tmpfs_bounded"] {
            let c = try #require(all[id])
            #expect(c.verdict == .notEvaluated)
            #expect(c.basis == .notEvaluated(.soakTooShort(spanSeconds: 29, neededSeconds: 60, soak: true)))
        }
    }

    @Test("a recording without the new fields is judged on the host-wide figures and says so")
    func oldLogsJudgedAsBefore() throws {
        var rec = SyntheticRecording().build()
        rec.perf = SyntheticRecording.perf(minutes: 3)
        let all = try verdicts(rec)
        for id in ["cpu", "memory_stable", "tmpfs_bounded"] {
            #expect(all[id]?.notes.contains(.hostWide) == true, "\(id)")
        }
        #expect(try Analyzer.analyze(rec).resources?.sut == nil)
    }
}
