import OverheadFormat
import OverheadStats

extension ScaleOverhead {
    /// The result view of one scale: components ranked largest first, residual included, with
    /// shares of the total and the original's advice for a component whose estimate exceeds its limit.
    init(
        _ m: ScaleMeasures, table: LatencyTable, options: AnalysisOptions, targetKind: String?,
        syntheticLayerCpuNs: Double? = nil
    ) {
        let c = options.confidence
        let total = m.total?.estimate(confidence: c)
        var components: [ComponentOverhead] = []
        let named: [(Component, OverheadMeasure?, Double)] = [
            (.metrics, m.metrics, options.limitPercent(.metrics)),
            (.health, m.health, options.limitPercent(.health)),
            (.rateLimiting, m.rateLimiting, options.limitPercent(.rateLimiting)),
            (.synthetic, m.synthetic, options.limitPercent(.synthetic)),
        ]
        func share(_ v: Double) -> Double {
            guard let t = total?.value, t != 0 else { return 0 }
            return v / t * 100
        }
        for (component, measure, limit) in named {
            guard let e = measure?.estimate(confidence: c) else { continue }
            components.append(
                ComponentOverhead(
                    component: component, overhead: e, limitPercent: limit, sharePercent: share(e.value),
                    advice: e.value > limit ? BottleneckAdvice.texts(for: component, targetKind: targetKind) : []))
        }
        if let r = m.residual?.estimate(confidence: c) {
            components.append(
                ComponentOverhead(
                    component: .residual, overhead: r, limitPercent: nil, sharePercent: share(r.value), advice: []))
        }
        components.sort { $0.overhead.value > $1.overhead.value }
        let base = table[SuiteDesign.baselineSend, agents: m.agentCount]?.statistics
        let full = table[OverheadComponent.total.treatment, agents: m.agentCount]?.statistics
        self.init(
            agentCount: m.agentCount, baselineMeanMs: base?.mean ?? .nan, baselineP95Ms: base?.p95 ?? .nan,
            metricsMeanMs: table[OverheadComponent.metrics.treatment, agents: m.agentCount]?.statistics.mean,
            fullMeanMs: full?.mean, fullP95Ms: full?.p95, components: components, total: total,
            p95Overhead: m.p95?.estimate(confidence: c), p99Overhead: m.p99?.estimate(confidence: c),
            shutdownPerAgentMs: m.shutdown?.estimate(confidence: c))
        metricsPaired = Self.paired(.metrics, in: table, agents: m.agentCount)
        fullPaired = Self.paired(.total, in: table, agents: m.agentCount)
        if let injected = syntheticLayerCpuNs, let measure = m.synthetic,
            let referenceMs = Self.paired(.synthetic, in: table, agents: m.agentCount)?.sendMs
        {
            let measured = measure.estimate(confidence: c)
            let resolvable = measure.measured.interval.map {
                ThresholdTest.decide($0, limit: 0, alpha: 1 - c).minimumDetectableEffect
            }
            syntheticLayer = SyntheticLayerResult(
                injectedNs: injected, injectedPercent: 100 * injected / (referenceMs * 1e6), measured: measured,
                measuredNs: measured.value / 100 * referenceMs * 1e6, referenceMs: referenceMs,
                resolvablePercent: resolvable.flatMap { $0.isFinite ? $0 : nil })
        }
    }

    /// `component`'s operation and its paired send, averaged over blocks; nil when that operation
    /// has no paired windows.
    static func paired(_ component: OverheadComponent, in table: LatencyTable, agents: Int) -> PairedLatency? {
        guard let windows = table.paired(component.treatment, agents: agents), !windows.isEmpty else { return nil }
        let n = Double(windows.count)
        let send = windows.values.reduce(0) { $0 + $1.reference } / n
        return PairedLatency(sendMs: send, operationMs: send + windows.values.reduce(0) { $0 + $1.difference } / n)
    }
}
