import OverheadFormat
import OverheadStats
import TestSupport
import Testing

@testable import OverheadAnalysis

@Suite("Criteria and verdicts")
struct CriteriaTests {
    func criterion(_ r: AnalysisResult, _ id: String, agents: Int? = nil) -> CriterionResult? {
        r.criteria.first { $0.id == id && $0.agentCount == agents }
    }

    @Test("0.8% total with little noise passes every criterion")
    func passes() throws {
        var rec = SyntheticRecording().build()
        rec.perf = SyntheticRecording.perf()
        let r = try Analyzer.analyze(rec)
        for agents in [1, 10, 100] {
            #expect(criterion(r, "total_overhead", agents: agents)?.verdict == .pass)
            #expect(criterion(r, "p95_stable", agents: agents)?.verdict == .pass)
            #expect(criterion(r, "p99_stable", agents: agents)?.verdict == .pass)
        }
        #expect(criterion(r, "cpu")?.verdict == .pass)
        #expect(criterion(r, "memory_stable")?.verdict == .pass)
        #expect(criterion(r, "tmpfs_bounded")?.verdict == .pass)
        #expect(r.criteria.count == 12)
    }

    @Test("2% total fails with the measured value, limit and unit in the detail")
    func fails() throws {
        var synthetic = SyntheticRecording()
        synthetic.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.01, healthPerMessage: 0.004, rateLimiting: 0.002, residual: 0.004)
        }
        let r = try Analyzer.analyze(synthetic.build())
        let c = try #require(criterion(r, "total_overhead", agents: 10))
        #expect(c.verdict == .fail)
        #expect(c.measured!.lower! > 1)
        #expect(c.limit == 1 && c.unit == "%")
        #expect(c.basis == .lowerBoundAboveLimit)
    }

    @Test("a true overhead at the limit with few noisy runs is inconclusive, with MDE and runs needed")
    func inconclusive() throws {
        var synthetic = SyntheticRecording()
        synthetic.runs = 3
        synthetic.scales = [10]
        synthetic.sampleNoise = 0.3
        synthetic.iterations = 20
        synthetic.costs = { _ in
            SyntheticRecording.Costs(metrics: 0.004, healthPerMessage: 0.002, rateLimiting: 0.002, residual: 0.002)
        }
        let r = try Analyzer.analyze(synthetic.build())
        let c = try #require(criterion(r, "total_overhead", agents: 10))
        #expect(c.verdict == .inconclusive)
        #expect(c.minimumDetectableEffect != nil && c.minimumDetectableEffect! > 0)
        #expect(c.additionalRunsNeeded != nil)
    }

    @Test("a memory leak fails memory_stable; no perf log leaves resource criteria not evaluated")
    func resources() throws {
        var rec = SyntheticRecording().build()
        rec.perf = SyntheticRecording.perf(minutes: 3, memorySlope: 20)
        let leak = try Analyzer.analyze(rec)
        #expect(criterion(leak, "memory_stable")?.verdict == .fail)
        #expect(abs(leak.resources!.memorySlopeMBPerMin!.value - 20) < 1)

        rec.perf = []
        let none = try Analyzer.analyze(rec)
        for id in ["cpu", "memory_stable", "tmpfs_bounded"] {
            let c = try #require(criterion(none, id))
            #expect(c.verdict == .notEvaluated)
            #expect(c.basis == .notEvaluated(.noPerfLog))
        }
        #expect(none.resources == nil)
    }

    @Test("growth is not judged on a perf log shorter than the minimum span")
    func growthNeedsASpan() throws {
        var rec = SyntheticRecording().build()
        rec.perf = Array(SyntheticRecording.perf(minutes: 3, memorySlope: 20).prefix(5))
        let span = rec.perf.last!.unixTime - rec.perf.first!.unixTime
        #expect(span < 60)
        let short = try Analyzer.analyze(rec)
        for id in ["memory_stable", "tmpfs_bounded"] {
            let c = try #require(criterion(short, id))
            #expect(c.verdict == .notEvaluated)
            #expect(
                { if case .notEvaluated(.perfLogTooShort(_, 60)) = c.basis { true } else { false } }(), "\(c.basis)")
        }
        // The same samples count once the span limit allows them.
        let judged = try Analyzer.analyze(rec, options: AnalysisOptions(minimumGrowthSpanSeconds: 0))
        #expect(criterion(judged, "memory_stable")?.verdict != .notEvaluated)
    }

    @Test("a tmpfs peak over the limit fails tmpfs_bounded outright")
    func tmpfsPeak() throws {
        var rec = SyntheticRecording().build()
        rec.perf = SyntheticRecording.perf(tmpfs: 300)
        let c = try #require(criterion(try Analyzer.analyze(rec), "tmpfs_bounded"))
        #expect(c.verdict == .fail)
        #expect(
            {
                if case .tmpfsPeakReachedLimit(let peak, 256) = c.outrightFailure {
                    abs(peak - 300) < 0.5
                } else {
                    false
                }
            }())
    }

    @Test("missing full integration: total not evaluated, never passed")
    func missingFull() throws {
        var synthetic = SyntheticRecording()
        synthetic.tests.remove(.fullIntegration)
        let r = try Analyzer.analyze(synthetic.build())
        let c = try #require(criterion(r, "total_overhead", agents: 1))
        #expect(c.verdict == .notEvaluated)
        #expect(c.basis == .notEvaluated(.noFullIntegration))
        #expect(r.warnings.contains(.noFullIntegration(agentCount: 1)))
    }

    @Test("a single run gives estimates but no verdicts")
    func singleRun() throws {
        var synthetic = SyntheticRecording()
        synthetic.runs = 1
        let r = try Analyzer.analyze(synthetic.build())
        let c = try #require(criterion(r, "total_overhead", agents: 1))
        #expect(c.verdict == .notEvaluated)
        #expect(c.measured?.lower == nil)
        #expect(r.warnings.contains(.singleRun(agentCount: 1)))
    }

    @Test("Holm–Bonferroni: a borderline criterion alone passes; in a family it is inconclusive and says why")
    func holmAdjusts() {
        // t = (0.9 − 1)/0.04 = −2.5 with 9 df: two-sided p ≈ 0.034 (scipy: 2*t.sf(2.5, 9) = 0.0339).
        func spec(_ id: String, _ estimate: Double, _ se: Double) -> CriteriaEvaluation.Spec {
            var s = CriteriaEvaluation.Spec(id: id, title: id, agentCount: nil, limit: 1, unit: "%")
            s.measured = Measured(MeanInterval(estimate: estimate, standardError: se, df: 9, n: 10, confidence: 0.95))
            return s
        }
        let alone = CriteriaEvaluation.judge([spec("a", 0.9, 0.04)], confidence: 0.95)
        #expect(alone[0].verdict == .pass)
        // Holm: the strong one (p ≈ 0) is rejected at 0.05/3; the next smallest, 0.034, exceeds 0.05/2: stop.
        let family = CriteriaEvaluation.judge(
            [spec("a", 0.9, 0.04), spec("b", 0.9, 0.04), spec("c", 0.5, 0.01)], confidence: 0.95)
        #expect(family.map(\.verdict) == [.inconclusive, .inconclusive, .pass])
        #expect(family[0].basis == .excludedBeforeAdjustment(family: 3))
        #expect(family[0].additionalRunsNeeded != nil)
    }
}

@Suite("CPU criterion")
struct CPUCriterionTests {
    @Test("with the recorder's column and CPU count, the recorder's own share is excluded")
    func backgroundCPU() throws {
        var rec = SyntheticRecording().build()
        // 2 cores; the recorder keeps one core busy (100% of a core = 50% of the machine), background 2%.
        rec.perf = SyntheticRecording.perf(cpu: 52).map {
            var p = $0
            p.recorderCPUPercent = 100
            return p
        }
        let systemWide = try Analyzer.analyze(rec)
        #expect(systemWide.criteria.first { $0.id == "cpu" }?.verdict == .fail)

        rec.manifest = Manifest(
            host: HostInfo(hostname: "h", kernel: "k", cpuModel: "c", cpuCount: 2, memoryMB: 1, tmpfsMB: 1),
            config: RunConfiguration(
                iterations: 100, scaleLevels: [1, 10, 100], statisticalRuns: 10, warmupRuns: 0,
                concurrency: 1, sampleIntervalSeconds: 1, timeoutSeconds: nil,
                latencyRegressionThresholdMs: nil, seed: 1, targetOverheadPercent: 1,
                confidence: 0.95, untilDecided: false),
            target: TargetInfo(kind: "native"), startTime: "t")
        let background = try #require(try Analyzer.analyze(rec).criteria.first { $0.id == "cpu" })
        #expect(background.verdict == .pass)
        #expect(abs(background.measured!.value - 2) < 0.2)
        #expect(background.title == "Background CPU (average)")
    }
}

@Suite("CPU columns that disagree")
struct CPUColumnsTests {
    @Test("system CPU below the recorder's share falls back to system-wide, with a warning")
    func fallback() throws {
        var rec = SyntheticRecording().build()
        rec.perf = SyntheticRecording.perf(cpu: 3).map {
            var p = $0
            p.recorderCPUPercent = 35
            return p
        }
        rec.manifest = Manifest(
            host: HostInfo(hostname: "h", kernel: "k", cpuModel: "c", cpuCount: 2, memoryMB: 1, tmpfsMB: 1),
            config: RunConfiguration(
                iterations: 100, scaleLevels: [1], statisticalRuns: 10, warmupRuns: 0,
                concurrency: 1, sampleIntervalSeconds: 1, timeoutSeconds: nil,
                latencyRegressionThresholdMs: nil, seed: 1, targetOverheadPercent: 1,
                confidence: 0.95, untilDecided: false),
            target: TargetInfo(kind: "native"), startTime: "t")
        let r = try Analyzer.analyze(rec)
        let cpu = try #require(r.criteria.first { $0.id == "cpu" })
        #expect(cpu.title == "CPU usage (average)")
        #expect(abs(cpu.measured!.value - 3) < 0.2)
        #expect(r.warnings.contains(.cpuColumnsDisagree))
    }
}
