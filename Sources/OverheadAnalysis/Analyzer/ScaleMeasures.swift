import OverheadFormat

/// Every paired overhead of one agent count, before it is turned into result types.
struct ScaleMeasures: Sendable {
    var agentCount: Int
    var total: OverheadMeasure?
    var metrics: OverheadMeasure?
    var health: OverheadMeasure?
    var rateLimiting: OverheadMeasure?
    var p95: OverheadMeasure?
    var p99: OverheadMeasure?
    /// A/A control vs baseline send.
    var noise: OverheadMeasure?
    /// Mean coordinated_shutdown latency per block (one sample is one agent's shutdown), ms.
    var shutdown: IntervalEstimate?
    /// Absolute overhead cost per block (full − baseline mean), ms, for the growth exponent.
    var absoluteCostMs: [Int: Double]
    var baselinePooledMeanMs: Double
    var fullPooledMeanMs: Double?

    init(table: LatencyTable, agents: Int, options: AnalysisOptions) {
        agentCount = agents
        let base = table[.baseline, .messageSend, agents: agents]
        let full = table[.fullIntegration, .completeOperation, agents: agents]
        total = .paired(.increase, reference: base, treatment: full, stat: \.mean, pooled: \.mean)
        metrics = .paired(.increase, reference: base, treatment: table[.metricsIntegration, .messageSendWithMetrics, agents: agents],
                          stat: \.mean, pooled: \.mean)
        health = .paired(.share, reference: base, treatment: table[.healthIntegration, .healthReport, agents: agents],
                         factor: options.healthReportsPerMessage, stat: \.mean, pooled: \.mean)
        rateLimiting = .paired(.share, reference: base, treatment: table[.rateLimitingIntegration, .capacityCheck, agents: agents],
                               stat: \.mean, pooled: \.mean)
        p95 = .paired(.increase, reference: base, treatment: full, stat: \.p95, pooled: \.p95)
        p99 = .paired(.increase, reference: base, treatment: full, stat: \.p99, pooled: \.p99)
        noise = .paired(.increase, reference: base, treatment: table[.baselineControl, .messageSend, agents: agents],
                        stat: \.mean, pooled: \.mean)
        if let s = table[.shutdownIntegration, .coordinatedShutdown, agents: agents] {
            shutdown = s.blocks.isEmpty
                ? IntervalEstimate(mean: s.statistics.mean, standardError: nil, degreesOfFreedom: 0, n: 0)
                : StatsBridge.meanEstimate(s.blocks.keys.sorted().map { s.blocks[$0]!.mean })
        }
        var cost: [Int: Double] = [:]
        if let base, let full {
            for (run, b) in base.blocks { if let f = full.blocks[run] { cost[run] = f.mean - b.mean } }
            if cost.isEmpty { cost[0] = full.statistics.mean - base.statistics.mean }
        }
        absoluteCostMs = cost
        baselinePooledMeanMs = base?.statistics.mean ?? .nan
        fullPooledMeanMs = full?.statistics.mean
    }

    /// Total − (metrics + health + rate limiting), per block: what the components do not explain.
    /// The point value is exactly total − Σ components so the shares add up; the spread is that of
    /// the per-block residuals.
    func residual(confidence: Double) -> Estimate? {
        guard let total, let metrics, let health, let rateLimiting else { return nil }
        let parts = [metrics, health, rateLimiting]
        let value = total.estimate(confidence: confidence).value - parts.reduce(0) { $0 + $1.estimate(confidence: confidence).value }
        let runs = parts.reduce(Set(total.perBlockPercent.keys)) { $0.intersection($1.perBlockPercent.keys) }.sorted()
        let perBlock = runs.map { r in total.perBlockPercent[r]! - parts.reduce(0) { $0 + $1.perBlockPercent[r]! } }
        guard var spread = StatsBridge.meanEstimate(perBlock) else {
            return Estimate(value: value, lower: nil, upper: nil, confidence: confidence, n: 0)
        }
        spread.mean = value
        return spread.estimate(confidence: confidence)
    }
}
