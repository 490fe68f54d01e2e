import OverheadFormat

/// A profile read beside the recording (`--profile FILE`): every layer with the figures derived
/// from it, and a finding per component over its limit whose layer was profiled.
public struct ProfileSummary: Sendable, Equatable {
    public var header: ProfileHeader
    public var layers: [LayerProfile]
    /// One per component over its limit at some scale, in the order of `Component.allCases`.
    public var findings: [ProfileFinding]

    public init(header: ProfileHeader, layers: [LayerProfile], findings: [ProfileFinding]) {
        self.header = header
        self.layers = layers
        self.findings = findings
    }

    public func finding(for component: Component) -> ProfileFinding? {
        findings.first { $0.component == component }
    }
}

/// One profiled layer and what follows from it.
public struct LayerProfile: Sendable, Equatable {
    /// The layer as the profile file holds it.
    public var layer: ProfileLayer
    /// Calls per message in its component (health: 0.1); nil when no component measures the layer.
    public var callsPerMessage: Double?
    /// What tracing added to one call, in percent of the untraced call: 100·(traced/untraced − 1).
    public var tracingAddedPercent: Double?
    /// Forks per call: external commands, subshells and pipeline stages.
    public var forksPerCall: Double
    /// The hotspots with their share of the layer's profiled time, largest first.
    public var hotspots: [Shared<ProfileHotspot>]

    public init(
        layer: ProfileLayer, callsPerMessage: Double?, tracingAddedPercent: Double?, forksPerCall: Double,
        hotspots: [Shared<ProfileHotspot>]
    ) {
        self.layer = layer
        self.callsPerMessage = callsPerMessage
        self.tracingAddedPercent = tracingAddedPercent
        self.forksPerCall = forksPerCall
        self.hotspots = hotspots
    }
}

/// A profile entry with its share of the layer's profiled time, in percent.
public struct Shared<Entry: Sendable & Equatable>: Sendable, Equatable {
    public var entry: Entry
    public var sharePercent: Double

    public init(_ entry: Entry, sharePercent: Double) {
        self.entry = entry
        self.sharePercent = sharePercent
    }
}
