/// One profiled layer function (`emit_metric`) or bus operation: its cost with and without
/// tracing, and where its traced time went. Times are ms per call; counts are per call.
public struct ProfileLayer: Sendable, Equatable {
    /// The library function (shell) or bus operation (native) profiled.
    public var name: String
    /// The overhead component this layer's cost makes (`metrics`, `health`, `rate_limiting`),
    /// nil for the baseline's operations and the layers no component measures.
    public var component: String?
    /// Traced calls the figures below average over.
    public var calls: Int
    /// Mean ms of the same call without tracing (bash's `$EPOCHREALTIME` around it, as in the
    /// suite; for native, the call with phase timestamps off).
    public var untracedMs: Double?
    /// Mean ms of the call with tracing on: `tracedMs − untracedMs` is what tracing adds.
    public var tracedMs: Double?
    /// Ms per call the trace accounts for: the sum of every hotspot's time.
    public var profiledMs: Double
    /// Subshells per call (command substitutions, `( … )`): each one a fork.
    public var subshells: Double
    /// Processes per call forked at the same subshell level: pipeline stages and background jobs.
    public var pipelineStages: Double
    /// Source lines (shell) or phases (native), largest time first.
    public var hotspots: [ProfileHotspot]
    /// Functions reached from the layer function, itself included, largest inclusive time first.
    public var functions: [ProfileFunction]
    /// Commands run, with what bash resolved each name to, largest count first.
    public var commands: [ProfileCommand]
    /// Call stacks down to their line or phase, for flame graphs and folded-stack exports.
    public var stacks: [ProfileStack]

    public init(
        name: String, component: String?, calls: Int, untracedMs: Double?, tracedMs: Double?,
        profiledMs: Double, subshells: Double, pipelineStages: Double, hotspots: [ProfileHotspot] = [],
        functions: [ProfileFunction] = [], commands: [ProfileCommand] = [], stacks: [ProfileStack] = []
    ) {
        self.name = name
        self.component = component
        self.calls = calls
        self.untracedMs = untracedMs
        self.tracedMs = tracedMs
        self.profiledMs = profiledMs
        self.subshells = subshells
        self.pipelineStages = pipelineStages
        self.hotspots = hotspots
        self.functions = functions
        self.commands = commands
        self.stacks = stacks
    }

    /// External commands (each one a fork and an exec) per call.
    public var externalCommands: Double {
        commands.filter { $0.kind == ProfileCommand.externalKind }.reduce(0) { $0 + $1.count }
    }
}
