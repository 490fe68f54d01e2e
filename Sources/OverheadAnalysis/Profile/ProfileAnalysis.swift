import OverheadFormat

/// Joins a profile to an analysis (pure): derives each layer's shares and forks, and for every
/// component over its limit at some scale whose layer was profiled, a `ProfileFinding` that takes
/// the place of the original's generic advice (cleared for that component).
public enum ProfileAnalysis {
    /// Hotspots a finding names.
    public static let topHotspots = 3

    public static func attach(_ profile: Profile, to result: AnalysisResult) -> AnalysisResult {
        var result = result
        let layers = profile.layers.map(summary)
        var findings: [ProfileFinding] = []
        for component in Component.allCases {
            let over = result.scales.contains { scale in
                scale.components.contains { c in c.component == component && isOverLimit(c) }
            }
            guard over, let layer = layers.first(where: { $0.layer.component == component.rawValue }),
                layer.layer.calls > 0
            else { continue }
            findings.append(finding(component, layer))
        }
        for s in result.scales.indices {
            for c in result.scales[s].components.indices
            where findings.contains(where: { $0.component == result.scales[s].components[c].component }) {
                result.scales[s].components[c].advice = []
            }
        }
        result.profile = ProfileSummary(header: profile.header, layers: layers, findings: findings)
        return result
    }

    /// The rule under which the original's advice is given: the estimate above the limit.
    public static func isOverLimit(_ c: ComponentOverhead) -> Bool {
        guard let limit = c.limitPercent else { return false }
        return c.overhead.value > limit
    }

    static func summary(_ layer: ProfileLayer) -> LayerProfile {
        let total = layer.profiledMs
        func share(_ ms: Double) -> Double { total > 0 ? 100 * ms / total : 0 }
        var added: Double?
        if let t = layer.tracedMs, let u = layer.untracedMs, u > 0 { added = 100 * (t / u - 1) }
        return LayerProfile(
            layer: layer,
            callsPerMessage: LayerFunction(rawValue: layer.name)?.callsPerMessage
                ?? (layer.component == nil ? nil : 1),
            tracingAddedPercent: added,
            forksPerCall: layer.externalCommands + layer.subshells + layer.pipelineStages,
            hotspots: layer.hotspots.sorted { $0.ms > $1.ms }.map { Shared($0, sharePercent: share($0.ms)) })
    }

    static func finding(_ component: Component, _ summary: LayerProfile) -> ProfileFinding {
        let layer = summary.layer
        let perMessage = summary.callsPerMessage ?? 1
        let total = layer.profiledMs
        func share(_ ms: Double) -> Double { total > 0 ? 100 * ms / total : 0 }
        let external = layer.commands.filter(\.isExternal).sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        return ProfileFinding(
            component: component, layer: layer.name, callsPerMessage: perMessage,
            externalCommands: external.map {
                Shared(
                    CommandRate(name: $0.name, perCall: $0.count, perMessage: $0.count * perMessage),
                    sharePercent: share($0.ms))
            },
            externalSharePercent: min(100, share(external.reduce(0) { $0 + $1.ms })),
            forksPerMessage: summary.forksPerCall * perMessage, subshellsPerMessage: layer.subshells * perMessage,
            pipelineStagesPerMessage: layer.pipelineStages * perMessage,
            hotspots: Array(summary.hotspots.prefix(topHotspots)),
            byLine: layer.hotspots.contains { $0.line != nil })
    }
}
