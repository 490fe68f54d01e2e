/// Where a layer's time goes: one source line (shell) or one phase (native). Per call.
public struct ProfileHotspot: Sendable, Equatable {
    /// The phase (`open`, `write`, `rename`, `flock`, `fsync`, `scan`, …) for native; for shell the
    /// line's source text, trimmed and cut to `ProfileLimits.labelCharacters`.
    public var label: String
    /// The library file (shell), as sourced; nil for phases.
    public var file: String?
    /// The 1-based line in `file`; nil for phases.
    public var line: Int?
    /// The function the line belongs to; nil for phases.
    public var function: String?
    /// Ms per call spent on this line or phase (exclusive: nested functions' lines are their own).
    public var ms: Double
    /// Times per call the line ran (commands traced on it) or the phase was entered.
    public var count: Double

    public init(
        label: String, file: String? = nil, line: Int? = nil, function: String? = nil, ms: Double, count: Double
    ) {
        self.label = label
        self.file = file
        self.line = line
        self.function = function
        self.ms = ms
        self.count = count
    }
}
