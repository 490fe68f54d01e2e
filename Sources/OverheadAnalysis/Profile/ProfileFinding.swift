import OverheadFormat

/// What the profile measured inside the layer of a component over its limit: what the reports
/// advise instead of the original's generic texts. Per message = per call × calls per message.
public struct ProfileFinding: Sendable, Equatable {
    public var component: Component
    /// The layer function (or bus operation) whose cost the component is.
    public var layer: String
    public var callsPerMessage: Double
    /// External commands per message, most runs first, each with the share of the layer's time
    /// the lines running it took.
    public var externalCommands: [Shared<CommandRate>]
    /// Share of the layer's time spent running external commands, percent.
    public var externalSharePercent: Double
    /// Every fork per message: external commands, subshells, pipeline stages.
    public var forksPerMessage: Double
    public var subshellsPerMessage: Double
    public var pipelineStagesPerMessage: Double
    /// The costliest lines (shell) or phases (native), at most `ProfileAnalysis.topHotspots`.
    public var hotspots: [Shared<ProfileHotspot>]
    /// The profile held hotspots with file and line (shell); false for phases (native).
    public var byLine: Bool

    public init(
        component: Component, layer: String, callsPerMessage: Double, externalCommands: [Shared<CommandRate>],
        externalSharePercent: Double, forksPerMessage: Double, subshellsPerMessage: Double,
        pipelineStagesPerMessage: Double, hotspots: [Shared<ProfileHotspot>], byLine: Bool
    ) {
        self.component = component
        self.layer = layer
        self.callsPerMessage = callsPerMessage
        self.externalCommands = externalCommands
        self.externalSharePercent = externalSharePercent
        self.forksPerMessage = forksPerMessage
        self.subshellsPerMessage = subshellsPerMessage
        self.pipelineStagesPerMessage = pipelineStagesPerMessage
        self.hotspots = hotspots
        self.byLine = byLine
    }
}

/// A command and how often it runs per call and per message.
public struct CommandRate: Sendable, Equatable {
    public var name: String
    public var perCall: Double
    public var perMessage: Double

    public init(name: String, perCall: Double, perMessage: Double) {
        self.name = name
        self.perCall = perCall
        self.perMessage = perMessage
    }
}
