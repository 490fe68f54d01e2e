/// A command name a layer ran, how bash resolved it, and how often. Per layer call.
public struct ProfileCommand: Sendable, Equatable {
    /// The kind of a command found on `PATH`: each run is a fork and an exec.
    public static let externalKind = "external"

    /// The command word as traced (`jq`, `date`, `printf`, `[[`).
    public var name: String
    /// bash's `type -t` for the name: `external` (a file), `builtin`, `function`, `keyword`,
    /// `alias`; `other` when bash resolves it to nothing.
    public var kind: String
    /// Runs per layer call.
    public var count: Double
    /// Ms per layer call of the lines running it (for external commands: fork, exec and run).
    public var ms: Double

    public init(name: String, kind: String, count: Double, ms: Double) {
        self.name = name
        self.kind = kind
        self.count = count
        self.ms = ms
    }

    public var isExternal: Bool { kind == Self.externalKind }
}
