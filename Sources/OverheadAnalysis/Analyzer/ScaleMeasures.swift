import OverheadFormat
import OverheadStats

/// Every paired overhead of one agent count, before it is turned into result types.
struct ScaleMeasures: Sendable {
    var agentCount: Int
    var total: OverheadMeasure?
    /// The full-integration series exists at this scale (so a nil `total` means its latencies, or
    /// the baseline's, were unusable, not that it was not measured).
    var hasTotalSeries: Bool
    var metrics: OverheadMeasure?
    var health: OverheadMeasure?
    var rateLimiting: OverheadMeasure?
    /// The synthetic layer of known cost; nil unless the recording has one.
    var synthetic: OverheadMeasure?
    var p95: OverheadMeasure?
    var p99: OverheadMeasure?
    /// A/A control vs baseline send.
    var noise: OverheadMeasure?
    /// Mean coordinated_shutdown latency over the per-block means (one sample is one agent's
    /// shutdown), ms.
    var shutdown: Measured?
    /// Absolute overhead cost per block (full − baseline mean), ms, for the growth exponent.
    var absoluteCostMs: [Int: Double]
    var confidence: Double

    init(table: LatencyTable, agents: Int, options: AnalysisOptions) {
        agentCount = agents
        let c = options.confidence
        confidence = c
        let base = table[SuiteDesign.baselineSend, agents: agents]
        let full = table[OverheadComponent.total.treatment, agents: agents]
        hasTotalSeries = full != nil
        let mean: (LatencyTable.BlockStats) -> Double = { $0.mean }
        let pooledMean: (SeriesStatistics) -> Double = { $0.mean }
        func pair(
            _ kind: PairedOverhead.Kind, _ treatment: LatencyTable.Entry?,
            _ stat: (LatencyTable.BlockStats) -> Double, _ pooled: (SeriesStatistics) -> Double
        ) -> OverheadMeasure? {
            OverheadMeasure.paired(
                kind, reference: base, treatment: treatment, confidence: c, stat: stat, pooled: pooled)
        }
        func component(_ component: OverheadComponent) -> OverheadMeasure? {
            let kind = PairedOverhead.Kind(addedOperationWeight: component.addedOperationWeight)
            let treatment = table[component.treatment, agents: agents]
            if component.isPaired, let windows = table.paired(component.treatment, agents: agents) {
                return OverheadMeasure.pairedWithinWindows(windows, confidence: c)
            }
            if component.addedOperationWeight != nil,
                let floor = table[TestOperation(component.treatment.test, .callFloor), agents: agents]
            {
                return OverheadMeasure.pairedAboveFloor(
                    kind, reference: base, treatment: treatment, floor: floor, confidence: c)
            }
            return pair(kind, treatment, mean, pooledMean)
        }
        total = component(.total)
        metrics = component(.metrics)
        health = component(.health)
        rateLimiting = component(.rateLimiting)
        synthetic = component(.synthetic)
        p95 = pair(.relative, full, { $0.p95 }, { $0.p95 })
        p99 = pair(.relative, full, { $0.p99 }, { $0.p99 })
        let control = TestOperation(.baselineControl, .messageSend)
        if let windows = table.paired(control, agents: agents) {
            noise = OverheadMeasure.pairedWithinWindows(windows, confidence: c)
        } else {
            noise = pair(.relative, table[control, agents: agents], mean, pooledMean)
        }
        if let s = table[.shutdownIntegration, .coordinatedShutdown, agents: agents] {
            shutdown =
                s.blocks.isEmpty
                ? Measured(point: s.statistics.mean, n: 0)
                : Measured.mean(s.blocks.keys.sorted().map { s.blocks[$0]!.mean }, confidence: c)
        }
        var cost: [Int: Double] = [:]
        if let base, let full {
            for (run, b) in base.blocks { if let f = full.blocks[run] { cost[run] = f.mean - b.mean } }
            if cost.isEmpty { cost[0] = full.statistics.mean - base.statistics.mean }
        }
        absoluteCostMs = cost
    }

    /// Total − (metrics + health + rate limiting + the synthetic layer when there is one): what
    /// the components do not explain. The value
    /// is exactly total − Σ components, so the shares add up to 100%; its standard error is that
    /// of the per-block residuals (total_b − Σ component_b), t with B − 1 df.
    var residual: Measured? {
        guard let total, let metrics, let health, let rateLimiting else { return nil }
        let parts = [metrics, health, rateLimiting] + (synthetic.map { [$0] } ?? [])
        let value = total.measured.value - parts.reduce(0) { $0 + $1.measured.value }
        let runs = parts.reduce(Set(total.perBlockPercent.keys)) { $0.intersection($1.perBlockPercent.keys) }.sorted()
        let perBlock = runs.map { r in total.perBlockPercent[r]! - parts.reduce(0) { $0 + $1.perBlockPercent[r]! } }
        guard let spread = MeanInterval.of(perBlock, confidence: confidence) else {
            return Measured(point: value, n: runs.count)
        }
        return Measured(
            MeanInterval(
                estimate: value, standardError: spread.standardError, df: spread.df, n: spread.n,
                confidence: confidence))
    }
}
