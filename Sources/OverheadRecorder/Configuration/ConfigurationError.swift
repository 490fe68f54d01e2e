/// A setting that cannot be used. The message names the setting and where it came from, so the
/// user can fix the right flag or variable.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flag or variable, e.g. `--iterations` or `SCALE_LEVELS`.
    public var setting: String
    public var value: String
    public var problem: String

    public init(setting: String, value: String, problem: String) {
        self.setting = setting
        self.value = value
        self.problem = problem
    }

    public var description: String { "invalid \(setting)=\"\(value)\": \(problem)" }
}
